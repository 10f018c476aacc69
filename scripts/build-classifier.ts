import { build } from 'esbuild';

/** Bundles the cause classifier's language chunk (wink's English model and the trained weights) for packaging beside the API. */
const result = await build({
  entryPoints: ['src/classification/language-chunk.ts'],
  outfile: '.build/classifier/cause-language.mjs',
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  metafile: true,
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(`built .build/classifier/cause-language.mjs (${(bytes / 1024 / 1024).toFixed(2)} MB)`);
