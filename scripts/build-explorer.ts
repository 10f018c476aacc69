import { buildExplorer } from '../src/explorer/build.js';
import { DEFAULT_EXPLORER_DIR } from '../src/explorer/paths.js';

const { manifest, rebuilt } = await buildExplorer();
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const files = [manifest.page, ...manifest.assets];
const total = (key: 'size' | 'gzip' | 'br') => files.reduce((sum, f) => sum + f[key], 0);
console.log(`${rebuilt ? 'Built' : 'Up to date:'} explorer in ${DEFAULT_EXPLORER_DIR}`);
for (const file of files) {
  console.log(`  ${file.name.padEnd(34)} ${kb(file.size).padStart(10)}  gzip ${kb(file.gzip).padStart(9)}  br ${kb(file.br).padStart(9)}`);
}
console.log(`  ${'total'.padEnd(34)} ${kb(total('size')).padStart(10)}  gzip ${kb(total('gzip')).padStart(9)}  br ${kb(total('br')).padStart(9)}`);
