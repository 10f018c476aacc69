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
  slip: ['wrong', 'mistake', 'mistakenly', 'accidentally', 'accidental', 'accident', 'typo', 'mistype', 'mistyped', 'misread', 'confuse', 'mistake', 'mis-click', 'misclick', 'oversight', 'forget', 'forgot', 'stray', 'fat-finger', 'fat-fingered', 'inadvertently', 'unintentionally', 'think', 'thinking', 'instead', 'human', 'slip', 'careless', 'overlook', 'overlooked', 'mislabel', 'mislabelled', 'mistaking', 'believe', 'believing', 'assume', 'assuming', 'realise', 'realize', 'unaware', 'meant', 'hurry', 'rush', 'rushed', 'manually', 'misremember', 'mix-up', 'overwrite', 'overwrote', 'unintended', 'wrongly', 'misconfigure', 'misconfigured', 'oops'],
  person: ['engineer', 'operator', 'admin', 'administrator', 'dba', 'technician', 'tech', 'staff', 'someone', 'analyst', 'colleague', 'he', 'she', 'person', 'user', 'member', 'somebody', 'whoever', 'teammate', 'trainee', 'starter', 'junior', 'sysadmin', 'on-call', 'agent', 'dba', 'contractor', 'installer', 'electrician'],
  change: ['change', 'upgrade', 'update', 'patch', 'rollout', 'roll-out', 'release', 'deployment', 'deploy', 'migration', 'cut-over', 'cutover', 'firmware', 'maintenance', 'work', 'swap', 'install', 'push', 'rotation', 're-cabling'],
  plan: ['plan', 'planned', 'rollback', 'roll-back', 'fallback', 'back-out', 'backout', 'revert', 'undo', 'window', 'approve', 'approval', 'sign-off', 'cab', 'review', 'test', 'tested', 'untested', 'rehearse', 'dry-run', 'pilot', 'stage', 'staged', 'phased', 'canary', 'ticket', 'freeze', 'announce', 'notify', 'verify', 'validate', 'check', 'once', 'together', 'same'],
  backup: ['backup', 'backups', 'dump', 'dumps', 'snapshot', 'snapshots', 'tape', 'tapes', 'restore', 'restorable', 'copy', 'archive', 'offsite'],
  empty: ['empty', 'zero', '0', 'nothing', 'missing', 'corrupt', 'corrupted', 'unreadable', 'old', 'stale', 'silently', 'lost', 'skip', 'exclude'],
  path: ['link', 'path', 'route', 'line', 'circuit', 'uplink', 'unit', 'generator', 'power', 'air-conditioning', 'server', 'firewall', 'switch', 'balancer'],
  full: ['full', 'fill', 'filled', 'space', 'saturate', 'saturated', 'exhaust', 'exhausted', '100', 'capacity', 'headroom', 'room', 'slow', 'overload', 'overloaded', 'limit', 'quota'],
  route: ['route', 'routes', 'routing', 'routed', 'bgp', 'ospf', 'eigrp', 'gateway', 'prefix', 'prefixes', 'hop', 'next-hop', 'traffic', 'packet', 'packets', 'asymmetric', 'tunnel', 'nat', 'peer', 'peering', 'advertise', 'withdraw', 'loop', 'spanning-tree', 'stp', 'subnet', 'vrf', 'vrrp', 'hsrp', 'ecmp', 'mpls', 'sd-wan', 'redistribution', 'redistribute', 'metric', 'converge', 'reconverge', 'adjacency', 'neighbour', 'neighbor', 'announce', 'reachability', 'unreachable', 'black-hole', 'blackhole', 'egress', 'forward', 'hairpin', 'anycast', 'multicast', 'vxlan', 'evpn', 'astray'],
  replica: ['replica', 'replicas', 'replication', 'replicate', 'sync', 'synchronise', 'synchronize', 'mirror', 'mirroring', 'standby', 'secondary', 'primary', 'slave', 'master', 'lag', 'behind', 'diverge', 'drift', 'apart', 'shipping', 'conflict', 'catch'],
  setting: ['setting', 'settings', 'configure', 'configured', 'configuration', 'config', 'parameter', 'option', 'default', 'value', 'policy', 'rule', 'rules', 'profile', 'enable', 'enabled', 'disable', 'disabled', 'set', 'timeout', 'threshold', 'mtu', 'ttl', 'mask', 'acl', 'entry', 'record', 'design', 'designed'],
  vendor: ['vendor', 'supplier', 'provider', 'carrier', 'isp', 'contractor', 'partner', 'subcontractor', 'outsourced', 'manufacturer', 'telco', 'registrar', 'landlord', 'cloud', 'saas', 'third-party', 'external', 'hosting', 'colocation', 'their', 'firm', 'company', 'council', 'utility', 'msp', 'managed', 'outsource', 'subscribe', 'subscription', 'hosted', 'upstream', 'crew', 'consultant', 'co-location', 'datacentre', 'exchange', 'processor', 'reseller'],
  site: ['power', 'mains', 'cooling', 'aircon', 'air-conditioning', 'conditioning', 'temperature', 'heat', 'heatwave', 'hot', 'humidity', 'water', 'flood', 'leak', 'fire', 'smoke', 'ups', 'generator', 'breaker', 'lightning', 'storm', 'pipe', 'roof', 'building'],
  bug: ['bug', 'defect', 'crash', 'crashed', 'leak', 'regression', 'exception', 'hang', 'hung', 'freeze', 'froze', 'segfault', 'glitch', 'panic', 'deadlock', 'overflow', 'version', 'release', 'build', 'code', 'software', 'firmware', 'driver'],
  single: ['single', 'only', 'sole', 'lone', 'alone', 'spof', 'second', 'partner', 'standby', 'failover', 'fail-over', 'redundant', 'redundancy', 'quorum', 'pair', 'cluster', 'both', 'survive', 'surviving'],
  procedure: ['procedure', 'runbook', 'policy', 'drill', 'review', 'documentation', 'document', 'documented', 'owner', 'own', 'responsible', 'recommendation', 'follow-up', 'action', 'process', 'rota', 'training', 'inventory', 'register', 'schedule', 'lesson', 'lessons', 'contract', 'escalation', 'checklist', 'handover', 'responsibility'],
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

const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'its', 'his', 'her']);

const classesOf = (t: Token) => [...new Set([...(INDEX.get(t.lemma) ?? []), ...(INDEX.get(t.word) ?? [])])];

/**
 * Word classes next to the words around them: for each pair of adjacent words,
 * the first word's classes before the second's lemma (`@slip_controller` from
 * "wrong controller") and the first's lemma before the second's classes
 * (`wrong_@part`), so "pulled the wrong blade" shares a feature with "pulled
 * the wrong disk"; function words count as neighbours ("by mistake" gives
 * `by_@slip`). And each class under negation paired with each class present
 * un-negated (`not@plan+@change`: a change with no plan), which the separate
 * `not@class` and `@class` features cannot express in a linear model. And the
 * first word after a determiner, by its classes or else its lemma (`first:@person`).
 */
export function classContextFeatures(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  const words = tokens.filter((t) => /[a-z0-9]/.test(t.lemma));
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    for (const c of classesOf(a)) out.push(`@${c}_${b.lemma}`);
    for (const c of classesOf(b)) out.push(`${a.lemma}_@${c}`);
  }
  const negated = new Set<string>();
  const plain = new Set<string>();
  for (const t of tokens) for (const c of classesOf(t)) (t.negated ? negated : plain).add(c);
  for (const n of negated) for (const p of plain) if (n !== p) out.push(`not@${n}+@${p}`);
  // The sentence's first word after a determiner is usually who or what acted: `first:@person`, `first:@vendor`, else its lemma.
  const head = words.find((t) => !DETERMINERS.has(t.lemma));
  if (head) for (const c of classesOf(head).length > 0 ? classesOf(head).map((c) => `@${c}`) : [head.lemma]) out.push(`first:${c}`);
  return out;
}
