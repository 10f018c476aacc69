import { readFileSync } from 'node:fs';
import { reportText, formatOfFileName } from './src/import/input/report-document.js';
import { parseReport } from './src/import/parse/parse-report.js';
const f = process.argv[2]!;
const text = await reportText(readFileSync(f), formatOfFileName(f));
if (process.argv[3]) console.log(text.split('\n').map((l, i) => `${i + 1}: ${l}`).join('\n'));
const r = parseReport(text);
for (const e of r.timeline) console.log(e.startDate, e.endDate, JSON.stringify((e as any).paragraphs?.map((p: any) => [p.text, p.times?.map((t: any) => t.time)])));
