/** Asset names compare case-, space- and dash-insensitively, with leading zeros dropped: VMS010 = VMS-010 = vms 10. */
export function normaliseAssetKey(name: string): string {
  const compact = name.normalize('NFKC').toUpperCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const runs = compact.match(/\p{L}+|\p{N}+/gu) ?? [];
  return runs.map((r) => (/^\p{N}+$/u.test(r) ? r.replace(/^0+(?=.)/, '') : r)).join('-');
}

export function normalisePersonKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((t) => t !== '')
    .join('-');
}

const TITLE_STOPWORDS = new Set(['the', 'of', 'and', 'for', '&']);
const TITLE_ABBREVIATIONS: Record<string, string> = {
  erg: 'emergency response group',
  cfo: 'chief finance officer',
  ceo: 'chief executive officer',
  cto: 'chief technology officer',
  cio: 'chief information officer',
  // "Network Eng.", "Service Desk Mgr", "Sys Admin": shortened title words.
  eng: 'engineer',
  engr: 'engineer',
  mgr: 'manager',
  admin: 'administrator',
  sr: 'senior',
  // "Cloud & Infra Administrator", as the department shortens its team's name.
  infra: 'infrastructure',
  ops: 'operations',
  dba: 'database administrator',
};

/** "Chairman of ERG" = "Chairman of the Emergency Response Group"; "Operation Officer" = "Operations Officer". */
export function normaliseTitleKey(title: string): string {
  return title
    .toLowerCase()
    .split(/[^a-z0-9&]+/)
    .flatMap((w) => (TITLE_ABBREVIATIONS[w] ?? w).split(' '))
    .filter((w) => w !== '' && !TITLE_STOPWORDS.has(w))
    .map((w) => (w.length > 3 ? w.replace(/s$/, '') : w))
    .join(' ');
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug === '' ? 'untitled' : slug;
}

const STOPWORDS = new Set(
  'a an the and or of to in on at by for from with without as is are was were be been being has had have should would could can may must not no all any every some each more most than that this these those which who it its into over off since after before when if so such per within through does do did own one two three'.split(
    ' ',
  ),
);

/** Content words, crudely stemmed, for comparing a recommendation with a cause. */
export function contentTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || STOPWORDS.has(raw)) continue;
    // "email", "e-mail" and "mail" are one word.
    const word = raw === 'email' || raw === 'emails' ? 'mail' : raw;
    out.add(word.length > 4 ? word.replace(/(?:ing|ed|es|s)$/, '') : word);
  }
  return out;
}
