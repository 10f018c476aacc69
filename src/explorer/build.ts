import { mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { contentTypes, hashedName, hashOf, PAGE_FILE, readManifest, writeCompressed, writeManifest, type PageManifest } from '../static/built.js';
import { renderExplorerPage } from './page.js';
import { DEFAULT_EXPLORER_DIR } from './paths.js';

const browserFile = (name: string) => fileURLToPath(new URL(`./browser/${name}`, import.meta.url));
const TARGET = ['chrome109', 'firefox115', 'safari16'];

const script = async (entry: string, define: Record<string, string> = {}) =>
  Buffer.from((await build({ entryPoints: [browserFile(entry)], bundle: true, minify: true, format: 'esm', target: TARGET, define, write: false, legalComments: 'none', logLevel: 'error' })).outputFiles[0]!.contents);

const style = async (entry: string) =>
  Buffer.from((await build({ entryPoints: [browserFile(entry)], bundle: true, minify: true, write: false, logLevel: 'error' })).outputFiles[0]!.contents);

interface Output {
  name: string;
  contentType: string;
  data: Buffer;
}

/**
 * The browser code and styles, bundled with their npm dependencies and minified, in memory.
 * The Import view (script and style sheet) and the asset graph (with d3-force) are built apart and
 * loaded only when opened: the first view's script learns their content-hashed names at build time.
 */
async function bundle(): Promise<{ first: Output[]; lazy: Output[] }> {
  const [importJs, importCss, assetJs, css] = await Promise.all([script('import/view.ts'), style('import/import.css'), script('neighbourhood.ts'), style('explorer.css')]);
  const output = (base: string, type: 'js' | 'css', data: Buffer): Output => ({ name: hashedName(base, type, data), contentType: contentTypes[type], data });
  const lazy = { importJs: output('import', 'js', importJs), importCss: output('import', 'css', importCss), assetJs: output('asset', 'js', assetJs) };
  const views = { import: { script: lazy.importJs.name, style: lazy.importCss.name }, asset: { script: lazy.assetJs.name } };
  const js = await script('main.ts', { LAZY_VIEWS: JSON.stringify(views) });
  return { first: [output('explore', 'css', css), output('explore', 'js', js)], lazy: Object.values(lazy) };
}

/**
 * Bundles the explorer with esbuild into `.build/explore/`: the scripts and
 * style sheets under content-hashed names, the page naming the first view's,
 * each with gzip and brotli copies. Files are rewritten only when the output changed.
 */
export async function buildExplorer(outDir = DEFAULT_EXPLORER_DIR): Promise<{ manifest: PageManifest; rebuilt: boolean }> {
  const { first, lazy } = await bundle();
  const named = (type: string) => first.filter((o) => o.contentType === type).map((o) => o.name);
  const html = Buffer.from(renderExplorerPage({ styles: named(contentTypes.css), scripts: named(contentTypes.js) }));
  const inputHash = hashOf(Buffer.concat([...first, ...lazy].map((o) => o.data).concat(html)));

  const previous = await readManifest(outDir);
  if (previous?.inputHash === inputHash) return { manifest: previous, rebuilt: false };

  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const assets = await Promise.all([...first, ...lazy].map((o) => writeCompressed(outDir, o.name, o.contentType, o.data)));
  const page = await writeCompressed(outDir, PAGE_FILE, contentTypes.html, html);
  const manifest: PageManifest = { inputHash, page, assets };
  await writeManifest(outDir, manifest);
  return { manifest, rebuilt: true };
}
