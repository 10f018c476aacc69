import type { Metafile } from 'esbuild';

/**
 * The output files a cold start loads before its first answer: the entry and every chunk it imports
 * statically, transitively. Chunks reached only by dynamic import (the importer, the CSV export) load on first use.
 */
export function eagerOutputs(metafile: Metafile, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imported of metafile.outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
    }
  };
  visit(entry);
  return [...seen];
}

/** The metafile with only the given outputs, for weighing what a cold start parses. */
export function onlyOutputs(metafile: Metafile, paths: string[]): Metafile {
  return { ...metafile, outputs: Object.fromEntries(paths.map((p) => [p, metafile.outputs[p]!])) };
}

/** Bytes of the given outputs. */
export function outputBytes(metafile: Metafile, paths: string[]): number {
  return paths.reduce((sum, p) => sum + (metafile.outputs[p]?.bytes ?? 0), 0);
}
