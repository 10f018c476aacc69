import { NEGATORS } from './negation.js';
import type { Token } from './types.js';

/** Lemmas that report a recovery, a check that passed, or a normal state. */
const RESOLVED = new Set([
  'resume', 'resumed', 'restore', 'restored', 'recover', 'recovered', 'rebuild', 'rebuilt', 're-seed', 're-seeded', 'reseed', 'resolve',
  'resolved', 'fix', 'fixed', 'correct', 'corrected', 'reinstall', 'restart', 'return', 'catch', 're-form', 're-formed', 'healthy', 'normal',
  'normally', 'successfully', 'succeed', 'confirm', 'confirmed', 'verify', 'verified', 'validate', 'validated', 'online', 'back', 'stay', 'check', 'checked',
]);

/** Lemmas that describe something wrong; one of them (not negated) means the sentence may still state a cause. */
const WRONG = new Set([
  'fail', 'failed', 'failure', 'die', 'dead', 'down', 'crash', 'error', 'errors', 'bug', 'defect', 'lose', 'lost', 'loss', 'corrupt', 'corrupted',
  'break', 'broken', 'because', 'due', 'cause', 'caused', 'miss', 'missing', 'wrong', 'stale', 'lag', 'slow', 'full', 'only', 'single', 'mistake',
  'outage', 'unavailable', 'old', 'late', 'delay', 'issue', 'problem', 'fault', 'faulty', 'exhaust', 'overload', 'split', 'behind', 'never',
  'try', 'tried', 'attempt', 'empty', 'zero', 'byte', 'bytes', 'unhealthy', 'unable', 'cannot',
  // Traffic dropped or overridden, copies drifting apart: a problem even beside "return" or "correct".
  'drop', 'discard', 'reject', 'block', 'override', 'overrode', 'withdraw', 'different', 'diverge', 'drift', 'instead', 'impossible',
  // A slip: "restarted the production database thinking it was the test one" is a cause, not a recovery.
  'think', 'thinking', 'believe', 'believing', 'accidentally', 'mistakenly', 'inadvertently', 'unintentionally', 'typo', 'rather',
]);

/**
 * A sentence that says something recovered, was confirmed healthy or in sync,
 * or resumed, and says nothing is wrong: it is not a cause.
 */
export function isResolution(tokens: readonly Token[]): { resolution: boolean; words: string[] } {
  const resolved = tokens.filter((t) => !t.negated && RESOLVED.has(t.lemma));
  if (resolved.length === 0) return { resolution: false, words: [] };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (WRONG.has(t.lemma) && !t.negated) return { resolution: false, words: [] };
    // A negation makes the sentence a problem unless it negates a problem ("no errors were found").
    if (NEGATORS.has(t.lemma)) {
      const scope = tokens.slice(i + 1, i + 4);
      if (!scope.some((s) => WRONG.has(s.lemma))) return { resolution: false, words: [] };
    }
  }
  return { resolution: true, words: resolved.map((t) => t.word) };
}
