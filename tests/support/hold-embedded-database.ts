import { openPglite } from '../../db/pglite.js';

/** Opens the embedded database in the folder given as argument and holds it until stdin closes, like a running `npm start`. */
const database = await openPglite(process.argv[2]!);
process.stdout.write('ready\n');
process.stdin.resume();
process.stdin.on('end', async () => {
  await database.close();
  process.exit(0);
});
