import fc from 'fast-check';

/** Strings a careless or hostile author could put in a report. */
const hostile = fc.constantFrom(
  "'; DROP TABLE incidents; --",
  '1 OR 1=1',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '**Related Parties:**',
  '**Incident Caused:**',
  '- 31 Feb 2025',
  '- 29 Feb 2024',
  'Date: 13 Aug 2024 - 1 Aug 2024',
  '3.',
  '3. - Title',
  'Report by: ',
  'Verified by: ,,,',
  '- 13 Aug 2024 & ',
  '> > > > >',
  '[link](javascript:alert(1))',
  '\u202e\u2066',
  '\u0000',
  'VMS-010/011/012 on VMS-0000000000001',
  '𝕄𝔸𝕊𝕋𝔼ℝ-０１ 曾國和 – Ｅngineer',
  'x'.repeat(10_000),
);

const injected = fc.oneof(hostile, fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

export type Edit =
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'inject'; at: number; text: string }
  | { op: 'append'; at: number; text: string }
  | { op: 'truncate'; at: number };

export const reportEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constant('inject' as const), at: fc.nat(), text: injected }),
  fc.record({ op: fc.constant('append' as const), at: fc.nat(), text: injected }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

export function applyEdits(markdown: string, edits: Edit[]): string {
  let lines = markdown.split('\n');
  for (const e of edits) {
    if (lines.length === 0) lines = [''];
    const i = e.at % lines.length;
    const line = lines[i] ?? '';
    switch (e.op) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'duplicate':
        lines.splice(i, 0, line);
        break;
      case 'swap': {
        const j = e.with % lines.length;
        lines[i] = lines[j] ?? '';
        lines[j] = line;
        break;
      }
      case 'inject':
        lines.splice(i, 0, e.text);
        break;
      case 'append':
        lines[i] = `${line} ${e.text}`;
        break;
      case 'truncate': {
        const text = lines.join('\n');
        lines = text.slice(0, e.at % (text.length + 1)).split('\n');
        break;
      }
    }
  }
  return lines.join('\n');
}

