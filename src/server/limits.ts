import type { ApolloServerPlugin } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError, Kind, visit, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type ValidationContext, type ValidationRule,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../graph/page-args.js';

/**
 * Limits on what one request may ask for. The deepest useful query is about 10 levels
 * (incidents → edges → node → causes → assets → incidents → edges → node → key); aliases and
 * directives have no use beyond a few per operation. Cost is armor's (objects 2, scalars 1, ×1.5 per
 * level, × page size), and the limit is a cost per item of the largest page: a full page of incidents
 * with their causes, assets and 10 incidents each costs about 1,390 an incident and passes; a full page
 * of incidents with a full page of incidents each, about 8,250 an incident, is refused.
 */
export const limits = {
  maxTokens: 10_000,
  maxRecursiveSelections: 5_000,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxCost: MAX_PAGE_SIZE * 2_000,
  /** The query document itself; data travels in variables, which the body cap bounds. */
  maxQueryBytes: 64 * 1024,
} as const;

interface ErrorSink { reportError(error: GraphQLError): void }

/**
 * Armor's rules throw by default, which Apollo answers with HTTP 500; reported instead, a refusal is
 * an ordinary validation error (HTTP 400). The message drops armor's misleading "Syntax Error" prefix.
 */
const armorOptions = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: unknown, error: { message: string }) => (context as ErrorSink | null)?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')))],
};

export const validationRules: ValidationRule[] = [
  maxDepthRule({ ...armorOptions, n: limits.maxDepth }) as unknown as ValidationRule,
  maxAliasesRule({ ...armorOptions, n: limits.maxAliases }) as unknown as ValidationRule,
  maxDirectivesRule({ ...armorOptions, n: limits.maxDirectives }) as unknown as ValidationRule,
];

/** The query text of a GraphQL request (POST body or GET parameter), when it is over the limit. */
export function oversizedQuery(method: string, body: string | undefined, queryParameter: string | undefined): boolean {
  let query = queryParameter;
  if (method === 'POST' && body) {
    try {
      const parsed: unknown = JSON.parse(body);
      query = typeof parsed === 'object' && parsed !== null && 'query' in parsed && typeof parsed.query === 'string' ? parsed.query : undefined;
    } catch {
      return false;
    }
  }
  return typeof query === 'string' && Buffer.byteLength(query, 'utf8') > limits.maxQueryBytes;
}

const refuse = (message: string, code: string, status: number) => new GraphQLError(message, { extensions: { code, http: { status } } });

/**
 * `first: $n` costs what `$n` says: the variables are written into the document (a missing or null
 * page size counts as the default page) and armor's cost rule runs on the result.
 */
function withPageSizes(document: DocumentNode, variables: Record<string, unknown>): DocumentNode {
  return visit(document, {
    Argument(node) {
      if ((node.name.value !== 'first' && node.name.value !== 'last') || node.value.kind !== Kind.VARIABLE) return undefined;
      const given = variables[node.value.name.value];
      const size = typeof given === 'number' && Number.isFinite(given) ? Math.min(Math.max(Math.trunc(given), 0), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
      return { ...node, value: { kind: Kind.INT, value: String(size) } };
    },
  });
}

/** Armor's cost of the operation with its page sizes filled in; the refusal message when over the limit. */
function costRefusal(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): string | undefined {
  const filled = withPageSizes(document, variables);
  const fragments = new Map(filled.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const target = filled.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === operation.name?.value);
  let refusal: string | undefined;
  const context = { getFragment: (name: string) => fragments.get(name), reportError: (error: GraphQLError) => void (refusal = error.message) };
  const rule = costLimitRule({ ...armorOptions, maxCost: limits.maxCost })(context as unknown as ValidationContext);
  if (target) rule.onOperationDefinitionEnter(target);
  return refusal;
}

export const limitsPlugin: ApolloServerPlugin = {
  async requestDidStart({ request }) {
    return {
      async didResolveOperation({ document, operation }) {
        const refusal = operation && costRefusal(document, operation, request.variables ?? {});
        if (refusal) throw refuse(refusal, 'GRAPHQL_VALIDATION_FAILED', 400);
      },
    };
  },
};
