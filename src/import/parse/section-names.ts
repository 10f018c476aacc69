import type { SectionId } from './sections.js';

// "## 🔥 WHAT HAPPENED", "📅 Dates: 17–18 Sep 2026": pictographs before a heading or a label decorate it.
const LEADING_PICTOGRAPHS = /^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+/u;

/** The text without the pictographs it starts with. */
export const withoutPictographs = (text: string) => text.replace(LEADING_PICTOGRAPHS, '');

/**
 * A heading as authors decorate it, reduced to its words: numbering (`6.`, `3)`, `VI.`, `A.`, `Section 2:`),
 * case, punctuation, a trailing colon and "(s)" go; "&" becomes "and".
 */
export function normaliseSectionName(text: string): string {
  return text
    .replace(/^\s*(?:section|part)\s+[0-9ivx]+\s*[:.)\-–—]?\s*/i, '')
    .replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*|[ivx]{1,5}|[a-h])\s*[.):\-–—]\s*/i, '')
    .replace(/^\s*\d{1,2}\s+(?=[a-z])/i, '')
    .replace(/\(s\)/gi, 's')
    // "Incident description (log of events, all times local)": an aside in brackets after the name.
    .replace(/(\S)\s*\([^()]{2,60}\)\s*[:：]?\s*$/, '$1')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}\s'-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

type Family = { id: SectionId; words: RegExp[] };

/**
 * Keyword families: a heading naming one family's word and no other family's is that section. Ordered only for
 * reading; a heading matching two families is ambiguous and is not taken as either.
 */
const FAMILIES: readonly Family[] = [
  { id: 'causes', words: [/\bcaus(?:e|es|ed|al)\b/, /\bwhy\b/, /\bfactors?\b/, /\broot\b/, /\breasons?\b/, /\bcontributing\b/, /\bwent wrong\b/, /\bfailure analysis\b/] },
  { id: 'recommendations', words: [/\brecommend\w*/, /\bactions?\b/, /\bnext steps?\b/, /\bfollow[- ]?ups?\b/, /\blessons?\b/, /\bimprovements?\b/, /\bprevent\w*/, /\bto ?dos?\b/, /\bremediation\b/, /\bwe will\b/, /\bwill we\b/, /\bwe'll\b/] },
  { id: 'description', words: [/\btimeline\b/, /\bchronolog\w*/, /\bsequence\b/, /\bwhat happened\b/, /\bdescription\b/, /\bevents?\b/, /\bnarrative\b/, /\blog\b/, /\bhistory\b/] },
  { id: 'parties', words: [/\bpart(?:y|ies)\b/, /\bpeople\b/, /\binvolved\b/, /\battendees?\b/, /^present$/, /\bpersons?\b/, /\bstakeholders?\b/, /\bwatch ?list\b/, /\battendance\b/, /\bcontacts?\b/, /\bteams?\b/, /\bresponders?\b/, /\bpersonnel\b/, /\bstaff\b/, /\bwho\b/] },
  { id: 'symptoms', words: [/\bsymptoms?\b/, /\bimpacts?\b/, /\beffects?\b/, /\bobserved\b/, /\bwhat users saw\b/] },
  { id: 'information', words: [/\blocations?\b/, /^where\b/, /^affected$/, /\baffected (?:systems?|services?|assets?)\b/, /\bsystems? affected\b/, /\b(?:systems?|assets?|equipment|hosts?|servers?) (?:were|was) affected\b/, /\bequipment\b/, /^(?:systems?|scope|assets?)$/] },
];

// A heading naming the incident period rather than a section ("When", "Incident date", "Duration").
const PERIOD_NAME = /^(?:incident )?(?:dates?|when|period|duration|time ?frame|date and time|dates and times)(?: of (?:the )?incident)?$/;

export type FamilyMatch = { id: SectionId; word: string } | { id: 'period'; word: string } | { ambiguous: SectionId[] } | null;

/** The section a normalised heading names by its words. At most six words: a longer line is a sentence. */
export function matchFamily(normalised: string): FamilyMatch {
  if (normalised === '' || normalised.split(' ').length > 6) return null;
  if (PERIOD_NAME.test(normalised)) return { id: 'period', word: normalised };
  // What responders did is the timeline, not actions to take.
  if (/\bactions? taken\b|\bresponse actions?\b/.test(normalised)) return { id: 'description', word: 'actions taken' };
  // "Equipment involved", "Systems concerned": the noun names what is listed; "involved" alone would be people.
  const things = /\b(?:equipment|systems?|assets?|hosts?|servers?|hardware|devices?)\s+(?:involved|concerned|in scope)\b/.exec(normalised);
  if (things) return { id: 'information', word: things[0] };
  const hits: { id: SectionId; word: string }[] = [];
  for (const family of FAMILIES) {
    const word = family.words.map((w) => w.exec(normalised)?.[0]).find((w) => w !== undefined);
    if (word) hits.push({ id: family.id, word });
  }
  if (hits.length === 1 && hits[0]) return hits[0];
  if (hits.length > 1) {
    // "Root cause and corrective actions" names two sections; "Parties involved in the timeline" too. Unsure.
    return { ambiguous: hits.map((h) => h.id) };
  }
  return null;
}
