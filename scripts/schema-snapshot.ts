import { writeFile } from 'node:fs/promises';
import { SCHEMA_SNAPSHOT, currentSchemaSdl } from '../src/schema-check/snapshot.js';

// Run on purpose: the committed snapshot is the contract integrators rely on; breaking it is a decision.
await writeFile(SCHEMA_SNAPSHOT, currentSchemaSdl());
console.log(`Wrote ${SCHEMA_SNAPSHOT}`);
