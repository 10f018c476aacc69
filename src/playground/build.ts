import { mkdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTypes, hashedName, hashOf, PAGE_FILE, readManifest, writeCompressed, writeManifest, type PageManifest } from '../static/built.js';
import { readSavedOperations } from './operations.js';
import { renderPage } from './page.js';
import { DEFAULT_OPERATIONS_DIR, DEFAULT_PLAYGROUND_DIR } from './paths.js';

const browserDir = fileURLToPath(new URL('./browser/', import.meta.url));
const require = createRequire(import.meta.url);

/** A file from an installed package, found through its package.json (the packages do not export these paths). */
const fromPackage = (pkg: string, path: string) => join(dirname(require.resolve(`${pkg}/package.json`)), path);

interface Source {
  /** Asset name before its content hash. */
  base: string;
  ext: 'js' | 'css';
  path: string;
}

/** In load order: React 18's prebuilt UMD files (React 19 ships none), then GraphiQL 4's UMD build, then the start script. */
const sources: Source[] = [
  { base: 'graphiql', ext: 'css', path: fromPackage('graphiql', 'dist/style.css') },
  { base: 'playground', ext: 'css', path: join(browserDir, 'playground.css') },
  { base: 'react', ext: 'js', path: fromPackage('react', 'umd/react.production.min.js') },
  { base: 'react-dom', ext: 'js', path: fromPackage('react-dom', 'umd/react-dom.production.min.js') },
  { base: 'graphiql', ext: 'js', path: fromPackage('graphiql', 'dist/index.umd.js') },
  { base: 'start', ext: 'js', path: join(browserDir, 'start.js') },
];

export interface BuildOptions {
  outDir?: string;
  operationsDir?: string;
}

/**
 * Copies GraphiQL, React and the start script out of node_modules under
 * content-hashed names, renders the page with the saved operations as tabs,
 * and writes gzip and brotli copies of each. Skipped when no input changed.
 */
export async function buildPlayground(options: BuildOptions = {}): Promise<{ manifest: PageManifest; rebuilt: boolean }> {
  const outDir = options.outDir ?? DEFAULT_PLAYGROUND_DIR;
  const operations = await readSavedOperations(options.operationsDir ?? DEFAULT_OPERATIONS_DIR);
  const contents = await Promise.all(sources.map((s) => readFile(s.path)));
  // The build runs from source (tsx), so the code that renders the page is an input too.
  const ownCode = await Promise.all(['./page.ts', './build.ts'].map((f) => readFile(fileURLToPath(new URL(f, import.meta.url)))));
  const inputHash = hashOf(Buffer.concat([...contents, ...ownCode, Buffer.from(JSON.stringify(operations))]));

  const previous = await readManifest(outDir);
  if (previous?.inputHash === inputHash) return { manifest: previous, rebuilt: false };

  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const assets = await Promise.all(
    sources.map((s, i) => {
      const data = contents[i]!;
      return writeCompressed(outDir, hashedName(s.base, s.ext, data), contentTypes[s.ext], data);
    }),
  );
  const html = renderPage(
    { styles: assets.filter((a) => a.name.endsWith('.css')).map((a) => a.name), scripts: assets.filter((a) => a.name.endsWith('.js')).map((a) => a.name) },
    operations,
  );
  const page = await writeCompressed(outDir, PAGE_FILE, contentTypes.html, Buffer.from(html));
  const manifest: PageManifest = { inputHash, page, assets };
  await writeManifest(outDir, manifest);
  return { manifest, rebuilt: true };
}
