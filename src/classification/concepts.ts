import type { Token } from './types.js';

/**
 * Broad word classes that several authors fill with different words: a part
 * that breaks ("the PSU popped", "a DIMM went bad"), a slip ("fat-fingered",
 * "by mistake"), a supply of parts ("nothing on the shelf", "back order"). Unlike
 * the synonym sets they make no category by themselves; they are model
 * features (`@part`, and pairs such as `@part+@break`), so a sentence in words
 * the training sentences never used still lands near those that share its classes.
 */
const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  part: ['disk', 'drive', 'ssd', 'hdd', 'psu', 'supply', 'fan', 'controller', 'motherboard', 'mainboard', 'board', 'cpu', 'dimm', 'memory', 'module', 'card', 'nic', 'transceiver', 'sfp', 'backplane', 'chassis', 'battery', 'blade', 'sector', 'hardware', 'component', 'part', 'cable', 'port', 'optic', 'supervisor', 'head'],
  break: ['die', 'dead', 'fail', 'failure', 'failed', 'burn', 'burnt', 'break', 'broken', 'pop', 'fry', 'fried', 'faulty', 'defective', 'bad', 'wear', 'worn', 'crack', 'smoke', 'spin', 'physical', 'degrade', 'degraded', 'error', 'errors', 'fault'],
  supply: ['spare', 'spares', 'stock', 'shelf', 'replacement', 'order', 'reorder', 'ship', 'courier', 'deliver', 'delivery', 'arrive', 'source', 'warehouse', 'distributor', 'supplier', 'rma', 'borrow', 'lend', 'restock', 'procure', 'purchase', 'quotation', 'back-order', 'backorder', 'lead'],
  wait: ['day', 'days', 'week', 'weeks', 'wait', 'waiting', 'until', 'take', 'took', 'overseas', 'later', 'delay', 'delayed'],
  slip: ['wrong', 'mistake', 'mistakenly', 'accidentally', 'accidental', 'accident', 'typo', 'mistype', 'mistyped', 'misread', 'confuse', 'mistake', 'mis-click', 'misclick', 'oversight', 'forget', 'forgot', 'stray', 'fat-finger', 'fat-fingered', 'inadvertently', 'unintentionally', 'think', 'thinking', 'instead', 'human', 'slip', 'careless'],
  person: ['engineer', 'operator', 'admin', 'administrator', 'dba', 'technician', 'tech', 'staff', 'someone', 'analyst', 'colleague', 'he', 'she', 'person', 'user', 'member'],
  change: ['change', 'upgrade', 'update', 'patch', 'rollout', 'roll-out', 'release', 'deployment', 'deploy', 'migration', 'cut-over', 'cutover', 'firmware', 'maintenance', 'work', 'swap', 'install', 'push', 'rotation', 're-cabling'],
  plan: ['plan', 'planned', 'rollback', 'roll-back', 'fallback', 'back-out', 'backout', 'revert', 'undo', 'window', 'approve', 'approval', 'sign-off', 'cab', 'review', 'test', 'tested', 'untested', 'rehearse', 'dry-run', 'pilot', 'stage', 'staged', 'phased', 'canary', 'ticket', 'freeze', 'announce', 'notify', 'verify', 'validate', 'check', 'once', 'together', 'same'],
  backup: ['backup', 'backups', 'dump', 'dumps', 'snapshot', 'snapshots', 'tape', 'tapes', 'restore', 'restorable', 'copy', 'archive', 'offsite'],
  empty: ['empty', 'zero', '0', 'nothing', 'missing', 'corrupt', 'corrupted', 'unreadable', 'old', 'stale', 'silently', 'lost', 'skip', 'exclude'],
  path: ['link', 'path', 'route', 'line', 'circuit', 'uplink', 'unit', 'generator', 'power', 'air-conditioning', 'server', 'firewall', 'switch', 'balancer'],
  full: ['full', 'fill', 'filled', 'space', 'saturate', 'saturated', 'exhaust', 'exhausted', '100', 'capacity', 'headroom', 'room', 'slow', 'overload', 'overloaded', 'limit', 'quota'],
  route: ['route', 'routes', 'routing', 'routed', 'bgp', 'ospf', 'eigrp', 'gateway', 'prefix', 'prefixes', 'hop', 'next-hop', 'traffic', 'packet', 'packets', 'asymmetric', 'tunnel', 'nat', 'peer', 'peering', 'advertise', 'withdraw', 'loop', 'spanning-tree', 'stp', 'subnet'],
  replica: ['replica', 'replicas', 'replication', 'replicate', 'sync', 'synchronise', 'synchronize', 'mirror', 'mirroring', 'standby', 'secondary', 'primary', 'slave', 'master', 'lag', 'behind', 'diverge', 'drift', 'apart', 'shipping', 'conflict', 'catch'],
  setting: ['setting', 'settings', 'configure', 'configured', 'configuration', 'config', 'parameter', 'option', 'default', 'value', 'policy', 'rule', 'rules', 'profile', 'enable', 'enabled', 'disable', 'disabled', 'set', 'timeout', 'threshold', 'mtu', 'ttl', 'mask', 'acl', 'entry', 'record', 'design', 'designed'],
  vendor: ['vendor', 'supplier', 'provider', 'carrier', 'isp', 'contractor', 'partner', 'subcontractor', 'outsourced', 'manufacturer', 'telco', 'registrar', 'landlord', 'cloud', 'saas', 'third-party', 'external', 'hosting', 'colocation', 'their'],
  site: ['power', 'mains', 'cooling', 'aircon', 'air-conditioning', 'conditioning', 'temperature', 'heat', 'heatwave', 'hot', 'humidity', 'water', 'flood', 'leak', 'fire', 'smoke', 'ups', 'generator', 'breaker', 'lightning', 'storm', 'pipe', 'roof', 'building'],
  bug: ['bug', 'defect', 'crash', 'crashed', 'leak', 'regression', 'exception', 'hang', 'hung', 'freeze', 'froze', 'segfault', 'glitch', 'panic', 'deadlock', 'overflow', 'version', 'release', 'build', 'code', 'software', 'firmware', 'driver'],
  single: ['single', 'only', 'sole', 'lone', 'alone', 'spof', 'second', 'partner', 'standby', 'failover', 'fail-over', 'redundant', 'redundancy', 'quorum', 'pair', 'cluster', 'both', 'survive', 'surviving'],
  procedure: ['procedure', 'runbook', 'policy', 'drill', 'review', 'documentation', 'document', 'documented', 'owner', 'own', 'responsible', 'recommendation', 'follow-up', 'action', 'process', 'rota', 'training', 'inventory', 'register', 'schedule', 'lesson', 'lessons', 'contract', 'escalation'],
  watch: ['monitor', 'monitoring', 'alert', 'alarm', 'notice', 'noticed', 'detect', 'detected', 'warning', 'warnings', 'look', 'watch', 'trap', 'traps', 'e-mail', 'email', 'discover', 'discovered'],
};

const INDEX = new Map<string, string[]>();
for (const [name, words] of Object.entries(CONCEPTS)) {
  for (const w of words) INDEX.set(w, [...(INDEX.get(w) ?? []), name]);
}

/** `@class` per word class present (`not@class` when negated) and one `@a+@b` per pair of classes present un-negated. */
export function conceptFeatures(tokens: readonly Token[]): string[] {
  const plain = new Set<string>();
  const negated = new Set<string>();
  for (const t of tokens) {
    for (const c of new Set([...(INDEX.get(t.lemma) ?? []), ...(INDEX.get(t.word) ?? [])])) (t.negated ? negated : plain).add(c);
  }
  const present = [...plain].sort();
  const pairs = present.flatMap((a, i) => present.slice(i + 1).map((b) => `@${a}+@${b}`));
  return [...present.map((c) => `@${c}`), ...[...negated].map((c) => `not@${c}`), ...pairs];
}
