import { addBusinessDays, addDays, formatISO, parseISO } from 'date-fns';
import type { AssetFact } from './fact-types.js';
import type { FactSentence } from './asset-facts.js';

const NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20,
};

/** A wait that happened, in past tense: "the vendor needed six days", "delivery took 4 working days". Estimates ("would take") are not read. */
const WAITED = /\b(?<!would\s)(?<!will\s)(?:needed|took|required|waited(?:\s+for)?)\s+(\d{1,2}|[a-z]+)\s+(working\s+|business\s+)?days?\b/i;

/**
 * When a report gives how long a replacement took instead of the day it
 * arrived, the arrival is dated from the request: only for the one asset with
 * a dated request and no dated arrival, so a duration never overrides a date.
 */
export function arrivalsFromDurations(items: FactSentence[], facts: AssetFact[]): AssetFact[] {
  const requested = facts.filter((f) => f.kind === 'REPLACEMENT_REQUESTED' && f.observedOn !== null);
  const open = [...new Set(requested.map((f) => f.assetKey))].filter((k) => !facts.some((f) => f.kind === 'REPLACEMENT_ARRIVED' && f.assetKey === k));
  if (open.length !== 1) return [];
  const request = requested.find((f) => f.assetKey === open[0])!;
  for (const { sentence, date } of items) {
    if (date === null) continue;
    const m = WAITED.exec(sentence.text);
    if (!m) continue;
    const days = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBERS[m[1]!.toLowerCase()];
    if (!days) continue;
    const start = parseISO(request.observedOn!);
    const arrived = m[2] ? addBusinessDays(start, days) : addDays(start, days);
    return [{
      assetKey: request.assetKey, kind: 'REPLACEMENT_ARRIVED', since: null, sincePrecision: null,
      observedOn: formatISO(arrived, { representation: 'date' }), text: sentence.text, span: sentence.span,
      rule: `duration:"${m[0]}" from the request on ${request.observedOn}`,
    }];
  }
  return [];
}
