import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const kernel = join(root, 'src', 'graph');

/** Shared infrastructure the kernel may use besides itself: the database layer and the logger. */
const allowed = [kernel + sep, join(root, 'db') + sep, join(root, 'src', 'logger.ts')];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module a file names: static imports, re-exports, `import type`, dynamic `import()`. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles.map((imported) => imported.fileName);
}

/** The file a relative specifier names (`./x.js` is the TypeScript source `./x.ts`). */
const target = (file: string, specifier: string) => resolve(dirname(file), specifier).replace(/\.js$/, '.ts');

describe('the graph kernel (src/graph)', () => {
  const files = sourceFiles(kernel);

  it('imports no area: every relative import stays in the kernel or reaches db/ or the logger', () => {
    const relativeImports = files.flatMap((file) =>
      importsOf(file)
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => ({ from: relative(root, file), specifier, to: target(file, specifier) })),
    );
    expect(relativeImports.length).toBeGreaterThan(files.length / 2);
    const upward = relativeImports.filter(({ to }) => !allowed.some((prefix) => to === prefix || to.startsWith(prefix)));
    expect(upward.map(({ from, specifier }) => `${from} → ${specifier}`)).toEqual([]);
  });

  it('reads imports the way the test needs: a type-only import of an area would be caught', () => {
    const probe = join(kernel, 'probe.ts');
    const { importedFiles } = ts.preProcessFile("import type { X } from '../audit/record.js';\nconst m = await import('../auth/roles.js');", true, true);
    const targets = importedFiles.map((imported) => target(probe, imported.fileName));
    expect(targets.some((to) => allowed.some((prefix) => to.startsWith(prefix)))).toBe(false);
    expect(targets).toHaveLength(2);
  });
});
