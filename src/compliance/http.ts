import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { GraphQLError } from 'graphql';
import type { AppDb } from '../../db/types.js';
import { requireRole } from '../auth/roles.js';
import type { Actor } from '../graph/context.js';
import { complianceReport } from './report.js';

export const EXPORT_PATH = '/export/compliance';

const statusOf: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400 };

const failure = (code: string, message: string): APIGatewayProxyStructuredResultV2 => ({
  statusCode: statusOf[code] ?? 500,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ errors: [{ message, extensions: { code } }] }),
});

const instant = (value: string | undefined, name: string) => {
  const date = value && /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(value) ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new GraphQLError(`\`${name}\` must be a date or an ISO 8601 instant`, { extensions: { code: 'BAD_USER_INPUT' } });
  return date;
};

/**
 * `GET /export/compliance?since=…&until=…&format=csv|json` for auditors who do not write GraphQL:
 * the same report as the `complianceReport` query, with the same key and role (AUDITOR or ADMIN).
 */
export async function handleComplianceExport(
  event: APIGatewayProxyEventV2,
  db: AppDb,
  authenticate: (headers: APIGatewayProxyEventV2['headers']) => Promise<Actor>,
): Promise<APIGatewayProxyStructuredResultV2> {
  try {
    if (event.requestContext.http.method !== 'GET') return { ...failure('BAD_USER_INPUT', 'Use GET'), statusCode: 405 };
    const actor = await authenticate(event.headers);
    requireRole({ actor }, 'audit');
    const query = event.queryStringParameters ?? {};
    const format = query.format ?? 'csv';
    if (format !== 'csv' && format !== 'json') throw new GraphQLError('`format` is csv or json', { extensions: { code: 'BAD_USER_INPUT' } });
    const report = await complianceReport(db, instant(query.since, 'since'), instant(query.until, 'until'));
    // The CSV writer loads on the first export, not with the API.
    const { renderReport } = await import('./export.js');
    const { contentType, body } = renderReport(report, format);
    return {
      statusCode: 200,
      headers: { 'content-type': contentType, 'content-disposition': `attachment; filename="compliance-report.${format}"`, 'cache-control': 'no-store' },
      body,
    };
  } catch (error) {
    const code = error instanceof GraphQLError ? String(error.extensions.code ?? '') : '';
    if (code in statusOf) return failure(code, (error as Error).message);
    return failure('INTERNAL_SERVER_ERROR', 'Internal server error');
  }
}
