import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The importer runs in stages: parse/ reads the text into a report, extract/ turns the report into
// facts, store/ writes them. A stage may use the stages before it, never one after it, so the parser
// can be run (and tested) without the extractor or the database code.
const importRoot = path.resolve(import.meta.dirname, '../../src/import');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(folder, name));
}

/** Every import of the file that lands inside src/import, as the folder it lands in ('' for the entry points). */
function importsWithinImporter(file: string): { specifier: string; folder: string }[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => ({ specifier, target: path.relative(importRoot, path.resolve(path.dirname(file), specifier)) }))
    .filter(({ target }) => !target.startsWith('..'))
    .map(({ specifier, target }) => ({ specifier, folder: target.split(path.sep).slice(0, -1)[0] ?? '' }));
}

function crossings(stage: string, allowed: string[]): string[] {
  return sourceFiles(path.join(importRoot, stage)).flatMap((file) =>
    importsWithinImporter(file)
      .filter(({ folder }) => !allowed.includes(folder))
      .map(({ specifier }) => `${path.relative(importRoot, file)} imports ${specifier}`),
  );
}

describe('importer folders', () => {
  it('finds the imports it checks', () => {
    expect(importsWithinImporter(path.join(importRoot, 'parse/parse-report.ts')).length).toBeGreaterThan(5);
    expect(importsWithinImporter(path.join(importRoot, 'extract/extract-facts.ts')).map(({ folder }) => folder)).toContain('parse');
  });

  it('parse/ imports nothing else of the importer (not extract/, store/ or the entry points)', () => {
    expect(crossings('parse', ['parse'])).toEqual([]);
  });

  it('extract/ imports only parse/ and itself (not store/ or the entry points)', () => {
    expect(crossings('extract', ['parse', 'extract'])).toEqual([]);
  });
});
