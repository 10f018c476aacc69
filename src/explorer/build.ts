import { mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { contentTypes, hashedName, hashOf, PAGE_FILE, readManifest, writeCompressed, writeManifest, type PageManifest } from '../static/built.js';
import { renderExplorerPage } from './page.js';
import { DEFAULT_EXPLORER_DIR } from './paths.js';

const entry = fileURLToPath(new URL('./browser/main.ts', import.meta.url));
const styles = fileURLToPath(new URL('./browser/explorer.css', import.meta.url));

/** The browser code and styles, bundled with their npm dependencies and minified, in memory. */
async function bundle(): Promise<{ js: Buffer; css: Buffer }> {
  const [script, style] = await Promise.all([
    build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', target: ['chrome109', 'firefox115', 'safari16'], write: false, legalComments: 'none', logLevel: 'error' }),
    build({ entryPoints: [styles], bundle: true, minify: true, write: false, logLevel: 'error' }),
  ]);
  return { js: Buffer.from(script.outputFiles[0]!.contents), css: Buffer.from(style.outputFiles[0]!.contents) };
}

/**
 * Bundles the explorer with esbuild into `.build/explore/`: the script and
 * style sheet under content-hashed names, the page naming them, each with
 * gzip and brotli copies. Files are rewritten only when the output changed.
 */
export async function buildExplorer(outDir = DEFAULT_EXPLORER_DIR): Promise<{ manifest: PageManifest; rebuilt: boolean }> {
  const { js, css } = await bundle();
  const scriptName = hashedName('explore', 'js', js);
  const styleName = hashedName('explore', 'css', css);
  const html = Buffer.from(renderExplorerPage({ styles: [styleName], scripts: [scriptName] }));
  const inputHash = hashOf(Buffer.concat([js, css, html]));

  const previous = await readManifest(outDir);
  if (previous?.inputHash === inputHash) return { manifest: previous, rebuilt: false };

  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const assets = await Promise.all([
    writeCompressed(outDir, styleName, contentTypes.css, css),
    writeCompressed(outDir, scriptName, contentTypes.js, js),
  ]);
  const page = await writeCompressed(outDir, PAGE_FILE, contentTypes.html, html);
  const manifest: PageManifest = { inputHash, page, assets };
  await writeManifest(outDir, manifest);
  return { manifest, rebuilt: true };
}
