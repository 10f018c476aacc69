import type { CauseCategory } from './fact-types.js';
import { hits } from '../parse/text-units.js';

/** Categories in order of their first cue in the text, so the primary category comes first. */
export function categorise(
  text: string,
  cues: readonly { cue: RegExp; categories: CauseCategory[] }[],
): { categories: CauseCategory[]; rules: string[] } {
  const found: { index: number; category: CauseCategory; surface: string }[] = [];
  for (const { cue, categories } of cues) {
    const [h] = hits(text, cue);
    if (h) for (const category of categories) found.push({ index: h.index, category, surface: h.surface });
  }
  found.sort((a, b) => a.index - b.index);
  const categories: CauseCategory[] = [];
  const rules: string[] = [];
  for (const f of found) {
    if (categories.includes(f.category)) continue;
    categories.push(f.category);
    rules.push(`phrase:"${f.surface}"->${f.category}`);
  }
  return { categories, rules };
}
