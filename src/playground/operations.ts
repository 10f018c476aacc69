import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';

export interface SavedOperation {
  /** The operation's name, which GraphiQL shows as the tab title. */
  name: string;
  file: string;
  /** The file's text, comments included, as the tab opens with it. */
  query: string;
}

/** The analysts' saved operations (`operations/*.graphql`), one named operation per file, in file-name order. */
export async function readSavedOperations(dir: string): Promise<SavedOperation[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.graphql')).sort();
  return Promise.all(
    files.map(async (file) => {
      const query = await readFile(join(dir, file), 'utf8');
      const operations = parse(query).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
      const name = operations.length === 1 ? operations[0]?.name?.value : undefined;
      if (!name) throw new Error(`${file} must hold exactly one named operation`);
      return { name, file, query };
    }),
  );
}
