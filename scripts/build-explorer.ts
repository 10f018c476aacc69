import { buildExplorer } from '../src/explorer/build.js';
import { DEFAULT_EXPLORER_DIR } from '../src/explorer/paths.js';
import { firstViewFiles } from '../src/explorer/weight.js';

const { manifest, rebuilt } = await buildExplorer();
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const first = firstViewFiles(manifest);
const later = manifest.assets.filter((a) => !first.includes(a));
const line = (name: string, f: { size: number; gzip: number; br: number }) =>
  console.log(`  ${name.padEnd(34)} ${kb(f.size).padStart(10)}  gzip ${kb(f.gzip).padStart(9)}  br ${kb(f.br).padStart(9)}`);
const total = (files: { size: number; gzip: number; br: number }[]) => ({
  size: files.reduce((s, f) => s + f.size, 0),
  gzip: files.reduce((s, f) => s + f.gzip, 0),
  br: files.reduce((s, f) => s + f.br, 0),
});
console.log(`${rebuilt ? 'Built' : 'Up to date:'} explorer in ${DEFAULT_EXPLORER_DIR}`);
for (const file of first) line(file.name, file);
line('first view', total(first));
for (const file of later) line(`${file.name} (when opened)`, file);
