import { buildPlayground } from '../src/playground/build.js';
import { DEFAULT_PLAYGROUND_DIR } from '../src/playground/paths.js';

const { manifest, rebuilt } = await buildPlayground();
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(`${rebuilt ? 'Built' : 'Up to date:'} playground in ${DEFAULT_PLAYGROUND_DIR}`);
for (const file of [manifest.page, ...manifest.assets]) {
  console.log(`  ${file.name.padEnd(34)} ${kb(file.size).padStart(10)}  gzip ${kb(file.gzip).padStart(9)}  br ${kb(file.br).padStart(9)}`);
}
