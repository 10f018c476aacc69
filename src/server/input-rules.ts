import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { describeCharacter, FORBIDDEN_CHARACTER } from '../graph/text-rule.js';

/** Items any one list argument may hold (a filter's statuses, aliases, IDs …). */
export const MAX_LIST_ITEMS = 1_000;
/** Nesting of input objects and lists; the schema's deepest input is 3 levels. */
const MAX_INPUT_DEPTH = 16;
/** Arguments with a finer check of their own: a report is checked line by line by the importer. */
const OWN_CHECK = new Set(['markdown']);

const refuse = (message: string, argument: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument, http: { status: 400 } } });

function checkValue(value: unknown, path: string, depth: number): void {
  if (depth > MAX_INPUT_DEPTH) throw refuse(`\`${path}\` is nested more than ${MAX_INPUT_DEPTH} levels deep`, path);
  if (typeof value === 'string') {
    const found = FORBIDDEN_CHARACTER.exec(value);
    if (found) throw refuse(`\`${path}\` contains ${describeCharacter(found[0])} at position ${found.index + 1}; text may hold no control characters but tab and line breaks`, path);
  } else if (Array.isArray(value)) {
    if (value.length > MAX_LIST_ITEMS) throw refuse(`\`${path}\` has ${value.length} items; at most ${MAX_LIST_ITEMS} items are accepted`, path);
    value.forEach((item, i) => checkValue(item, `${path}.${i}`, depth + 1));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) checkValue(item, `${path}.${key}`, depth + 1);
  }
}

function checkLiteral(node: ValueNode, path: string, depth: number): void {
  if (depth > MAX_INPUT_DEPTH) throw refuse(`\`${path}\` is nested more than ${MAX_INPUT_DEPTH} levels deep`, path);
  if (node.kind === Kind.STRING) checkValue(node.value, path, depth);
  else if (node.kind === Kind.LIST) {
    if (node.values.length > MAX_LIST_ITEMS) throw refuse(`\`${path}\` has ${node.values.length} items; at most ${MAX_LIST_ITEMS} items are accepted`, path);
    node.values.forEach((item, i) => checkLiteral(item, `${path}.${i}`, depth + 1));
  } else if (node.kind === Kind.OBJECT) {
    for (const field of node.fields) checkLiteral(field.value, `${path}.${field.name.value}`, depth + 1);
  }
}

/**
 * The same rules for every argument, written in the document or passed as a variable: no control
 * characters in text, lists capped, input nesting bounded. Checked before anything runs, so a bad
 * value is the caller's BAD_USER_INPUT naming it, not a database error or a stack overflow.
 */
export function checkInputs(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  const ownCheckVariables = new Set<string>();
  visit(document, {
    Argument(node) {
      if (OWN_CHECK.has(node.name.value)) {
        if (node.value.kind === Kind.VARIABLE) ownCheckVariables.add(node.value.name.value);
        return false;
      }
      checkLiteral(node.value, node.name.value, 0);
      return false;
    },
    VariableDefinition(node) {
      if (node.defaultValue) checkLiteral(node.defaultValue, `$${node.variable.name.value}`, 0);
      return false;
    },
  });
  for (const [name, value] of Object.entries(variables ?? {})) {
    if (!ownCheckVariables.has(name)) checkValue(value, name, 0);
  }
}

export const inputRulesPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        checkInputs(document, request.variables);
      },
    };
  },
};
