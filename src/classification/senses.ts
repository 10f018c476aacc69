import type { Token } from './types.js';

/** Nouns after "backup" that make it a standby thing rather than a copy of data (read as "redundant"): "backup link", "backup generator". */
const STANDBY_NOUNS = new Set([
  'link', 'path', 'line', 'circuit', 'route', 'connection', 'uplink', 'unit', 'power', 'generator', 'supply', 'router', 'firewall', 'switch',
  'site', 'cooling', 'air', 'air-conditioning', 'aircon', 'ups', 'battery', 'chiller', 'fibre', 'fiber', 'isp', 'wan', 'controller', 'node', 'server',
]);

/**
 * Word senses that depend on the next word, rewritten before matching and
 * features: a "backup link" is a redundant one (REDUNDANCY's word, not BACKUP's),
 * "without notice" means unannounced (a provider's act, not a missed alert),
 * "core dumped" is a crash (not a backup dump).
 */
export function readSenses(tokens: readonly Token[]): Token[] {
  return tokens.map((t, i) => {
    const next = tokens[i + 1];
    if ((t.lemma === 'backup' || t.lemma === 'back-up') && next && STANDBY_NOUNS.has(next.lemma)) return { ...t, word: 'redundant', lemma: 'redundant' };
    const prev = tokens[i - 1];
    // "segmentation fault (core dumped)" is a crash, not a database dump.
    if (t.lemma === 'dump' && prev?.lemma === 'core') return { ...t, word: 'coredump', lemma: 'coredump' };
    if (t.lemma === 'notice' && prev && (prev.lemma === 'without' || (['prior', 'any', 'advance'].includes(prev.lemma) && tokens[i - 2]?.lemma === 'without'))) {
      return { ...t, word: 'unannounced', lemma: 'unannounced', negated: false };
    }
    return t;
  });
}
