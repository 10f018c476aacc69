import type { AssetFactKind, AssetKind, CauseCategory, Phase, RecommendationType } from './fact-types.js';

/** Kind of a coded asset name, tested against its normalised key (letters before the first number). */
export const ASSET_CODE_KINDS: readonly { prefix: RegExp; kind: AssetKind }[] = [
  { prefix: /FW/, kind: 'FIREWALL' },
  { prefix: /SW$|^SW|SWITCH|^TOR$/, kind: 'SWITCH' },
  { prefix: /^(?:SAN|ARRAY)/, kind: 'STORAGE_ARRAY' },
  { prefix: /^(?:PSU)/, kind: 'POWER_SUPPLY' },
  { prefix: /^(?:DISK|HDD|SSD)$/, kind: 'DISK' },
  { prefix: /^(?:LINK|WAN|MPLS)$/, kind: 'LINK' },
  { prefix: /^VMS/, kind: 'HOST' },
  { prefix: /^(?:MASTER|SLAVE|REPLICA|PRIMARY|SECONDARY|DB)$/, kind: 'DATABASE_NODE' },
  { prefix: /^VM$/, kind: 'VM' },
  { prefix: /^DMZ$/, kind: 'NETWORK_SEGMENT' },
  { prefix: /^(?:BKP|BACKUP)/, kind: 'BACKUP' },
  { prefix: /^(?:NAS|STOR)/, kind: 'STORAGE' },
  { prefix: /^(?:CR|RTR|ROUTER)$/, kind: 'ROUTER' },
  { prefix: /^(?:SRV|SVR|WEB|APP)$/, kind: 'SERVER' },
];

/** Prefixes that may be written with a space before the number ("Master 2", "vms 010"). */
export const SPACED_CODE_PREFIXES = ['VMS', 'MASTER', 'SLAVE', 'DMZ'];

/** Assets named in words rather than codes. The first surface seen becomes an alias; `name` is the display name. */
export const NAMED_ASSETS: readonly { pattern: RegExp; name: string; kind: AssetKind }[] = [
  { pattern: /\bedge firewall\b/gi, name: 'Edge Firewall', kind: 'FIREWALL' },
  { pattern: /\bDMZ firewall\b/gi, name: 'DMZ Firewall', kind: 'FIREWALL' },
  { pattern: /\bexternal firewall\b/gi, name: 'External Firewall', kind: 'FIREWALL' },
  { pattern: /\bCFT(?: network)?\b/g, name: 'CFT', kind: 'NETWORK_SEGMENT' },
  { pattern: /\bout[- ]of[- ]band management(?: network)?\b/gi, name: 'Out-of-band management network', kind: 'NETWORK_SEGMENT' },
  { pattern: /\btemporary database server\b/gi, name: 'Temporary database server', kind: 'SERVER' },
  { pattern: /\b(?:replacement|new) server\b/gi, name: 'Replacement server', kind: 'SERVER' },
  { pattern: /\bHA link\b/gi, name: 'Database HA link', kind: 'LINK' },
  { pattern: /\b(?:site )?interconnect(?: link)?\b/gi, name: 'Site interconnect link', kind: 'LINK' },
  { pattern: /\bsnapshot storage\b/gi, name: 'Snapshot storage', kind: 'STORAGE' },
  { pattern: /\bInnoDB\b/g, name: 'InnoDB storage', kind: 'STORAGE' },
];

/** Named assets that stand for "whatever replaces the failed one"; facts about them are moved to the failed asset. */
export const REPLACEMENT_STAND_INS = new Set(['Replacement server']);

export const TEAMS: readonly { key: string; name: string; aliases: string[]; standalone?: RegExp }[] = [
  { key: 'cs', name: 'CS', aliases: ['CS'] },
  { key: 'network', name: 'Network', aliases: ['network'] },
  { key: 'security', name: 'Security', aliases: ['security'] },
  { key: 'service', name: 'Service', aliases: ['services', 'service'] },
  { key: 'cloud-infra', name: 'Cloud and Infrastructure', aliases: ['cloud & infra', 'cloud and infra', 'cloud and infrastructure', 'infrastructure', 'infra'] },
  { key: 'database', name: 'Database', aliases: ['database', 'DB'] },
  { key: 'dc', name: 'DC', aliases: ['DC', 'data center', 'data centre'] },
  { key: 'dev', name: 'Dev', aliases: ['dev', 'development'] },
  { key: 'rcn', name: 'RCN', aliases: ['RCN'] },
  { key: 'working-group', name: 'Working group', aliases: [], standalone: /\bworking group\b/gi },
  { key: 'erg', name: 'Emergency Response Group (ERG)', aliases: [], standalone: /\bEmergency Response Group\b|\bERG\b/g },
];

/** A party's team, read from the words of their title (first match wins). */
export const TITLE_TEAMS: readonly [RegExp, string][] = [
  [/emergency response group|\bERG\b/i, 'erg'],
  [/\bcloud\b|infrastructure administrator/i, 'cloud-infra'],
  [/database|\bDBA\b/i, 'database'],
  [/security/i, 'security'],
  [/network/i, 'network'],
  [/\bDC\b|data cent/i, 'dc'],
  [/\bRCN\b/, 'rcn'],
  [/service/i, 'service'],
  [/\bdev(?:eloper)?\b/i, 'dev'],
];

/** Longer service names win over "panel" where they overlap. */
export const SERVICES: readonly { key: string; name: string; pattern: RegExp }[] = [
  {
    key: 'hnfs-rcn-panel',
    name: 'HNFS/RCN panel',
    pattern: /\b(?:HNFS\s*(?:\/|&|and)\s*RCN|RCN\s*(?:\/|&|and)\s*HNFS|HNFS|RCN) panel\b/gi,
  },
  { key: 'hnics', name: 'HNICS', pattern: /\bHNICS(?: panel)?\b/g },
  { key: 'hnps-panel', name: 'HNPS panel', pattern: /\bHNPS panel\b/gi },
  { key: 'paid-panel', name: 'Paid panel', pattern: /\bpaid panel\b/gi },
  { key: 'panel', name: 'Panel', pattern: /\bpanel\b/gi },
  { key: 'website', name: 'Website', pattern: /\bweb ?sites?\b|\bweb services\b|\bthe web\b|\bweb application\b/gi },
  { key: 'internal-systems', name: 'Internal systems', pattern: /\binternal systems\b/gi },
];

/** Roles that may act without being a listed party. `pattern` must match the ways reports write them. */
export const ROLES: readonly { title: string; abbreviation: string | null; pattern: RegExp }[] = [
  {
    title: 'Chief Information and Operations Officer',
    abbreviation: 'COIO',
    pattern: /\bChief Information and Operations? Officer\b|\bCOIO\b/g,
  },
  { title: 'Chief Finance Officer', abbreviation: 'CFO', pattern: /\bChief Financ(?:e|ial) Officer\b|\bCFO\b/g },
  {
    title: 'Chairman of Emergency Response Group',
    abbreviation: null,
    pattern: /\bChair(?:man|person)? of (?:the )?(?:Emergency Response Group|ERG)\b/g,
  },
  { title: 'Chief Executive Officer', abbreviation: 'CEO', pattern: /\bChief Executive Officer\b|\bCEO\b/g },
  { title: 'Chief Technology Officer', abbreviation: 'CTO', pattern: /\bChief Technology Officer\b|\bCTO\b/g },
];

/** Cue phrases for cause categories; one cue may stand for several categories. */
export const CATEGORY_CUES: readonly { cue: RegExp; categories: CauseCategory[] }[] = [
  { cue: /not well planned|\bfallback\b|\bcut ?off\b|staged rollout|change had no/i, categories: ['CHANGE_MANAGEMENT'] },
  { cue: /destructive command/i, categories: ['HUMAN_ERROR', 'CHANGE_MANAGEMENT'] },
  { cue: /wrong (?:node|host|server|session)|not clearly distinguished|by mistake|human error/i, categories: ['HUMAN_ERROR'] },
  { cue: /hardware failure|power supply failure|hardware fault|\b(?:had been|was|were) down\b/i, categories: ['HARDWARE_FAILURE'] },
  { cue: /\bno spare\b|no immediate replacement/i, categories: ['SPARE_SHORTAGE'] },
  { cue: /\bbugs?\b|segmentation fault/i, categories: ['SOFTWARE_BUG'] },
  { cue: /asymmetric routing|\brouting\b|\bBGP\b/i, categories: ['NETWORK_ROUTING'] },
  { cue: /\bnot sync|out[- ]of[- ]sync|replication|not syntonized|\bsync(?:ed|hroni[sz]ed)?\b/i, categories: ['DATA_REPLICATION'] },
  {
    cue: /not (?:discovered|detected|noticed|monitored|alerted)|failed silently|nobody read|unmonitored/i,
    categories: ['MONITORING_GAP'],
  },
  { cue: /\bbackups?\b|backed up|\bdumps?\b/i, categories: ['BACKUP'] },
  { cue: /\bslow(?:ed|s)?\b|\bcapacity\b|overload|shares? disks|same disks/i, categories: ['CAPACITY'] },
  { cue: /shares? disks|depends on|not correctly configured|misconfigur|\bconfiguration error/i, categories: ['CONFIGURATION'] },
  { cue: /single point of failure|depends on the production|no failover|redundan/i, categories: ['REDUNDANCY'] },
];

/** Extra cues for reading what a recommendation is about; it speaks of remedies, not failures. */
export const REMEDY_CUES: readonly { cue: RegExp; categories: CauseCategory[] }[] = [
  { cue: /\bspare\b/i, categories: ['SPARE_SHORTAGE'] },
  { cue: /\bmonitor/i, categories: ['MONITORING_GAP'] },
  { cue: /fallback|staged|before the change|infrastructure changes/i, categories: ['CHANGE_MANAGEMENT'] },
  { cue: /backup|backed up|restore drill/i, categories: ['BACKUP'] },
  { cue: /\bHA pair\b|failover|own uplink|redundan/i, categories: ['REDUNDANCY'] },
  { cue: /confirmation|destructive/i, categories: ['HUMAN_ERROR'] },
  { cue: /production disks|moved off/i, categories: ['CAPACITY', 'CONFIGURATION'] },
  { cue: /hardware failure|repaired/i, categories: ['HARDWARE_FAILURE'] },
];

/** Categories that a remedy for one plausibly addresses the other. */
export const RELATED_CATEGORIES: readonly [CauseCategory, CauseCategory][] = [
  ['BACKUP', 'DATA_REPLICATION'],
  ['SPARE_SHORTAGE', 'HARDWARE_FAILURE'],
  ['REDUNDANCY', 'HARDWARE_FAILURE'],
  ['MONITORING_GAP', 'BACKUP'],
];

export const RECOMMENDATION_TYPES: readonly { type: RecommendationType; cue: RegExp }[] = [
  { type: 'DETECT', cue: /\bmonitor|\balert|\bdetect/i },
  { type: 'PROCESS', cue: /\bplan\b|procedure|\breview|\bpolicy|\btraining/i },
  { type: 'MITIGATE', cue: /\bspare\b|failover|backup|backed up|restore/i },
  { type: 'PREVENT', cue: /confirmation|moved off|own uplink|staged/i },
];

export const PHASE_CUES: readonly { phase: Phase; cue: RegExp }[] = [
  { phase: 'DETECTION', cue: /\breport(?:ed|s)?\b|\bobserved\b|\bshowed\b|\bnoticed\b|\balert(?:ed)?\b|\bunreachable\b/gi },
  { phase: 'DIAGNOSIS', cue: /\bfound\b|\bdiscovered\b|caused by|\binvestigat\w*|\bconfirmed\b|\btroubleshoot\w*|\bchecked\b|\bconclude\b/gi },
  { phase: 'ESCALATION', cue: /\bemergency\b|\bescalated\b|\bsupport request\b|\bworking group\b/gi },
  { phase: 'MITIGATION', cue: /\bdisabled one of\b|\btemporary\b|\bisolate\b|\blimited\b|\bstopped all\b|\bworkaround\b/gi },
  { phase: 'RECOVERY', cue: /\brebuil[dt]\b|\bresumed?\b|\brecover(?:ed|y)\b|\brestor(?:e|ed|ing)\b|\breinstall\b|\bre-?seeded\b|\breplacement\b|\bpatched\b|\bre-formed\b/gi },
  { phase: 'VALIDATION', cue: /\bvalidated?\b|\bUAT\b|\bhealth check\b/gi },
  { phase: 'CLOSURE', cue: /\bclosed?\b/gi },
  { phase: 'FOLLOW_UP', cue: /\bfollow[- ]up\b/gi },
];

export const ASSET_FACT_CUES: readonly { kind: AssetFactKind; cue: RegExp }[] = [
  {
    kind: 'HARDWARE_FAILURE',
    cue: /hardware failure|power supply failure|hardware fault|\b(?:disks?|drives?|controllers?|power suppl(?:y|ies)|PSUs?|fans?|motherboard|mainboard)\b[^.]{0,50}\b(?:died|failed|burnt out|broke(?:n)?)\b/i,
  },
  {
    kind: 'NO_SPARE',
    cue: /\bno (?:hot |cold )?spare\b|no immediate replacement|\bneither a spare nor a standby\b|\bno standby\b|\bwithout (?:a |any )?(?:spare|standby)\b|\bno (?:second|backup|redundant) (?:link|unit|switch|path|controller)\b|\bthe only (?:\w+ )?(?:link|uplink|path)\b/i,
  },
  { kind: 'HA_PARTNER_DOWN', cue: /\bHA partner\b[^.]*\b(?:down|failed|powered off)\b|\bno failover\b/i },
  { kind: 'OUT_OF_SYNC', cue: /out[- ]of[- ]sync|\bnot sync(?:ed|hroni[sz]ed)?\b|not syntonized|replication lag|HA link is not working/i },
  { kind: 'CORRUPTED', cue: /\bcorrupt(?:ed|ion)\b/i },
  {
    kind: 'REPLACEMENT_REQUESTED',
    cue: /request for a (?:new|replacement)|replacement (?:was |is )?requested|opened an RMA|purchase of|\b(?:asked|requested)\b[^.]{0,30}\bfor (?:a |an |the |\w+ )?(?:new|replacement)\b|\bordered (?:a |an |\w+ )?(?:new|replacement)\b/i,
  },
  { kind: 'REPLACEMENT_ARRIVED', cue: /\b(?:has|had|have)?\s*arrived\b|\bwas replaced\b|\b(?:was|were) delivered\b|\bdelivered on\b|\b(?:was|were) swapped in\b/i },
  { kind: 'POWERED_OFF', cue: /powered (?:off|down)|switched off/i },
  { kind: 'BUG', cue: /\bbugs?\b/i },
  { kind: 'BACKUP_FAILING', cue: /\b(?:dumps?|backups?)\b[^.]*\b(?:0 bytes|empty|failed silently)\b/i },
];

/** Sentences in the timeline that record a sign-off-like decision. */
export const DECISION_CUES: readonly { kind: 'EMERGENCY_DECLARED' | 'EMERGENCY_CLOSED' | 'PURCHASE_APPROVED' | 'INCIDENT_CLOSED'; cue: RegExp }[] = [
  {
    kind: 'EMERGENCY_CLOSED',
    cue: /\bclos(?:e|ed|es|ing) (?:in |of |the )?(?:state of )?emergency\b|\bemergency\b[^.]*\b(?:closed|lifted|ended|stood down)\b|\b(?:lifted|ended|stood down) the (?:state of )?emergency\b/i,
  },
  {
    kind: 'EMERGENCY_DECLARED',
    cue: /\bstate of emergency\b|\bdeclared an? (?:\w+ )?emergency\b|\bemergency (?:was |is )?(?:declared|invoked)\b|\binvoked (?:the |an )?emergency\b/i,
  },
  {
    kind: 'PURCHASE_APPROVED',
    cue: /\b(?:purchase|procurement|request for a new \w+)\b[^.]*\bapprov\w*|\bapprov\w*\b[^.]*\b(?:purchase|procurement)\b|\bapproved to (?:rent|buy|purchase|lease|order|hire)\b|\bauthori[sz]ed the (?:purchase|spend|order|rental|lease)\b|\bsigned off the (?:spend|purchase|budget|order|rental)\b|\bapproved (?:the )?(?:spend|rental|budget|order)\b/i,
  },
  {
    kind: 'INCIDENT_CLOSED',
    cue: /\bincident (?:case )?(?:is|was|has been) closed\b|\bclosed the (?:\w+ and the )?incident\b|\bcase is closed\b/i,
  },
];
