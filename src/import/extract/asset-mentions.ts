import type { AssetKind } from './fact-types.js';
import { normaliseAssetKey } from '../parse/normalise.js';
import type { Hit } from '../parse/text-units.js';
import { hits, longestFirst } from '../parse/text-units.js';
import { ASSET_CODE_KINDS, NAMED_ASSETS, SPACED_CODE_PREFIXES } from './vocabulary.js';

export interface AssetHit extends Hit {
  key: string;
  name: string;
  kind: AssetKind;
  rule: string;
  named: boolean;
  /** The spelling to show when it differs from the text's ("HR-WEB-01" for "HRWEB01" beside "HR-WEB-02"). */
  displayName?: string;
}

// Upper-case letters, optional dashes, then a number: VMS010, MASTER-01, BKP-NAS-01, EDGE-FW-01. "MASTER-01/02" is two nodes.
// A prefix part is letters, a digit between letters allowed ("K8S-PRD-01").
// A later part may hold a floor or a building: "MFP-3F-01", "ASW-TB2-01".
const CODE = /\b([A-Z](?:[A-Z]|\d[A-Z])+(?:-(?:[A-Z]{1,4}\d{1,2}(?=-\d)|[A-Z](?:[A-Z]|\d[A-Z])+|\d{1,2}[A-Z]{1,2}|[A-Z](?=\d{2})))*)(-?)(\d{1,4})((?:\/\d{1,4})*)\b/g;
// "WEB-01 to WEB-04": the same prefix at both ends of a short range names every unit in between.
const RANGE = /\b([A-Z]{2,}(?:-[A-Z]{2,})*-?)(\d{1,4})\s+(?:to|through|thru|–|—)\s+\1(\d{1,4})\b/g;
const MAX_RANGE = 20;
const LEAD_PART = /(?<![A-Za-z0-9-])[A-Z][a-z][a-z0-9]+-$/;
const FROM_BEFORE = /\bfrom\s+$/i;
// Power equipment is often lettered by feed rather than numbered: "UPS-A", "PDU-B".
// "UPS-DC1-A", "PDU-R12-B": a site or rack part may stand between the kind and the feed letter.
const LETTERED = /\b(UPS|PDU|ATS)(?:-[A-Z]{0,3}\d{0,3})*-([A-Z])\b(?!-)/g;
// A unit numbered within a lettered group: "TOR-B1", "PDU-A2" (rack B's first top-of-rack switch).
const GROUP_UNIT = /\b([A-Z]{2,}(?:-[A-Z]{2,})*)-([A-Z])(\d{1,2})\b/g;
const SPACED = new RegExp(`\\b(${SPACED_CODE_PREFIXES.join('|')})\\s+(\\d{1,4})\\b`, 'gi');

export function codeKind(key: string): AssetKind | null {
  const letters = key.split('-').filter((p) => !/^\d+$/.test(p)).join('');
  return ASSET_CODE_KINDS.find((k) => k.prefix.test(letters))?.kind ?? null;
}

/** The letters of a code without its dashes and number: "HR-WEB-02" → "HRWEB". */
function codeLetters(key: string): string {
  return key.split('-').filter((p) => !/^\d+$/.test(p)).join('');
}

/**
 * "HRWEB01 and HR-WEB-02": a dash-less code of unknown letters counts when the report writes a code with the same
 * letters in the host style, and is shown in that spelling. `twins` maps letters to a dashed prefix ("HR-WEB-").
 */
export type CodeTwins = ReadonlyMap<string, string>;

/** The dashed prefixes of the codes found, by their letters, for `findAssets`'s twins. */
export function twinsOf(hits: readonly AssetHit[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const h of hits) {
    const prefix = /^(.*-)\d+$/.exec(h.name)?.[1];
    if (prefix && !h.named && !out.has(codeLetters(h.key))) out.set(codeLetters(h.key), prefix);
  }
  return out;
}

function codeHits(text: string, twins: CodeTwins): AssetHit[] {
  const out: AssetHit[] = [];
  const unsure: AssetHit[] = [];
  for (const m of text.matchAll(CODE)) {
    const [matched, upperPrefix = '', dash = '', first = '', more = ''] = m;
    // "Core-SW-02": a part written in small letters before the code belongs to the same name.
    const lead = LEAD_PART.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[0] ?? '';
    const prefix = `${lead.toUpperCase()}${upperPrefix}`;
    const surface = `${lead}${matched}`;
    const index = m.index - lead.length;
    const numbers = [first, ...more.split('/').filter((n) => n !== '')];
    numbers.forEach((num, i) => {
      const written = i === 0 ? `${prefix}${dash}${num}` : `${prefix}${dash}${num.padStart(first.length, '0')}`;
      const key = normaliseAssetKey(written);
      const known = codeKind(key);
      // Unknown prefixes count only in the host styles, zero-padded ("XYZ-01") or with a site or role part
      // ("PC-FIN-117"), so "SHA-256" or "COVID-19" are not assets.
      // "K8S-PRD-CP01": a role part joined to a zero-padded number, after a site part, is that style too.
      const hostStyle = dash === '-' && (/^0\d/.test(num) || prefix.includes('-'));
      if (!known && !hostStyle && !(dash === '' && prefix.includes('-') && /^0\d/.test(num))) {
        // "HRWEB01" beside "HR-WEB-02"; "VMH-11, VMH-12, VMH14": codes of one series, read when the series shows.
        if (i === 0 && more === '' && /^\d{2}$/.test(num) && /^[A-Z]{2,5}$/.test(prefix.replace(/-/g, ''))) unsure.push({ index, end: index + surface.length, surface, key, name: written, kind: 'OTHER', rule: `code:${prefix} (series)`, named: false });
        return;
      }
      out.push({
        index,
        end: index + surface.length,
        surface: i === 0 ? surface.split('/')[0] ?? surface : written,
        key,
        name: written,
        kind: known ?? 'OTHER',
        rule: more === '' ? `code:${prefix}` : `code:${prefix} (slash list)`,
        named: false,
      });
    });
  }
  const here = twinsOf(out);
  // Two or more dashed codes of the same unknown letters and other numbers in one text are a series too.
  const dashedSeries = new Map<string, Set<string>>();
  for (const h of unsure) {
    const prefix = /^(.*-)\d+$/.exec(h.name)?.[1];
    if (prefix) dashedSeries.set(codeLetters(h.key), (dashedSeries.get(codeLetters(h.key)) ?? new Set()).add(h.key));
  }
  for (const [letters, keys] of dashedSeries) {
    const first = unsure.find((h) => codeLetters(h.key) === letters && /-\d+$/.test(h.name));
    if (keys.size >= 2 && first && !here.has(letters)) here.set(letters, /^(.*-)\d+$/.exec(first.name)?.[1] ?? '');
  }
  for (const h of unsure) {
    const dashed = here.get(codeLetters(h.key)) ?? twins.get(codeLetters(h.key));
    const num = /\d+$/.exec(h.surface)?.[0];
    if (dashed && num) out.push({ ...h, displayName: `${dashed}${num}`, rule: `${h.rule} of ${dashed}…` });
  }
  for (const m of text.matchAll(RANGE)) {
    const [surface, prefix = '', from = '', to = ''] = m;
    const first = Number(from);
    const last = Number(to);
    if (last <= first || last - first > MAX_RANGE) continue;
    // "moved from VMS-010 to VMS-020" names two hosts, not the eleven between them.
    if (FROM_BEFORE.test(text.slice(0, m.index))) continue;
    for (let n = first; n <= last; n++) {
      const written = `${prefix}${String(n).padStart(from.length, '0')}`;
      const key = normaliseAssetKey(written);
      const kind = codeKind(key) ?? 'OTHER';
      out.push({ index: m.index, end: m.index + surface.length, surface: written, key, name: written, kind, rule: `code:${prefix} (range)`, named: false });
    }
  }
  for (const m of text.matchAll(LETTERED)) {
    const key = normaliseAssetKey(m[0]);
    out.push({ index: m.index, end: m.index + m[0].length, surface: m[0], key, name: m[0], kind: 'OTHER', rule: `code:${m[1] ?? ''} (lettered)`, named: false });
  }
  for (const m of text.matchAll(GROUP_UNIT)) {
    const key = normaliseAssetKey(m[0]);
    out.push({ index: m.index, end: m.index + m[0].length, surface: m[0], key, name: m[0], kind: codeKind(normaliseAssetKey(`${m[1] ?? ''}1`)) ?? 'OTHER', rule: `code:${m[1] ?? ''} (group unit)`, named: false });
  }
  for (const m of text.matchAll(SPACED)) {
    const key = normaliseAssetKey(m[0]);
    const kind = codeKind(key);
    if (kind) out.push({ index: m.index, end: m.index + m[0].length, surface: m[0], key, name: m[0], kind, rule: 'code:spaced', named: false });
  }
  return out;
}

function namedHits(text: string): AssetHit[] {
  return NAMED_ASSETS.flatMap((a) =>
    hits(text, a.pattern).map((h) => ({
      ...h,
      key: normaliseAssetKey(a.name),
      name: a.name,
      kind: a.kind,
      rule: `name:"${a.name}"`,
      named: true,
    })),
  );
}

/** Slash lists give several assets for one span, so overlap is resolved per span rather than per hit. */
export function findAssets(text: string, twins: CodeTwins = new Map()): AssetHit[] {
  const all = [...codeHits(text, twins), ...namedHits(text)];
  const kept = new Set(longestFirst(all).map((h) => `${h.index}:${h.end}`));
  const seen = new Set<string>();
  return all
    .filter((h) => kept.has(`${h.index}:${h.end}`))
    .filter((h) => {
      const id = `${h.index}:${h.key}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .sort((a, b) => a.index - b.index);
}
