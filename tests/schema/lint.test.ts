import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const LINTER = 'node_modules/.bin/graphql-schema-linter';

interface LintError {
  message: string;
  rule: string;
}

/** Runs graphql-schema-linter with the project's rules (.graphql-schema-linterrc) on the given files. */
async function lint(files?: string[]): Promise<LintError[]> {
  const args = ['--format', 'json', ...(files ?? [])];
  const { stdout } = await run(LINTER, args).catch((failure: { stdout: string }) => failure);
  return (JSON.parse(stdout) as { errors: LintError[] }).errors;
}

describe('schema lint (rules in .graphql-schema-linterrc)', () => {
  it('finds nothing to report in schema/*.graphql', async () => {
    expect(await lint()).toEqual([]);
  });

  it('catches each convention the team chose when a schema breaks it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'schema-lint-'));
    const bad = join(dir, 'bad.graphql');
    await writeFile(
      bad,
      `"Read access."
type Query {
  widgets(first: Int, after: String): WidgetConnection!
}
type widget_thing { Name: String }
"A page of widgets."
type WidgetConnection { edges: [WidgetEdge!]! pageInfo: PageInfo! }
"A widget in a page."
type WidgetEdge { cursor: String! node: widget_thing! }
"Page information."
type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
"Colours."
enum Colour { red }
`,
    );
    try {
      const rules = new Set((await lint([bad])).map((e) => e.rule));
      expect([...rules].sort()).toEqual([
        'connections-have-total-count',
        'connections-paginate-both-ways',
        'defined-types-are-used',
        'enum-values-all-caps',
        'fields-are-camel-cased',
        'query-fields-have-descriptions',
        'types-are-capitalized',
        'types-have-descriptions',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
