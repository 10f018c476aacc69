/**
 * Builds a minimal Word document from a "Style|text" line file, so the corpus keeps a
 * reviewable text source next to the binary .docx it is read from.
 * Usage: tsx scripts/make-docx-fixture.ts <source.docx.txt> <out.docx>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildDocx } from '../tests/support/docx.js';

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error('Usage: tsx scripts/make-docx-fixture.ts <source.docx.txt> <out.docx>');
  process.exit(2);
}
writeFileSync(to, await buildDocx(readFileSync(from, 'utf8')));
