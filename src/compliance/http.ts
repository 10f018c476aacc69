import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { GraphQLError } from 'graphql';
import type { Logger } from '../logger.js';
import type { AppDb } from '../../db/types.js';
import { requestFailure } from '../server/request-failure.js';
import { requireRole } from '../auth/roles.js';
import { checkInstant } from '../graph/validate.js';
import type { Actor } from '../graph/context.js';
import { complianceReport } from './report.js';

export { EXPORT_PATH } from './path.js';

const statusOf: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, DATABASE_UNAVAILABLE: 503 };

const failure = (code: string, message: string, requestId?: string): APIGatewayProxyStructuredResultV2 => ({
  statusCode: statusOf[code] ?? 500,
  headers: { 'content-type': 'application/json', ...(requestId ? { 'x-request-id': requestId } : {}), ...(code === 'DATABASE_UNAVAILABLE' ? { 'retry-after': '5' } : {}) },
  body: JSON.stringify({ errors: [{ message, extensions: requestId ? { code, requestId } : { code } }] }),
});

const instant = (value: string | undefined, name: string) => {
  const date = value && /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(value) ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new GraphQLError(`\`${name}\` must be a date or an ISO 8601 instant`, { extensions: { code: 'BAD_USER_INPUT' } });
  checkInstant(date, name);
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
  request: { requestId: string; logger: Logger },
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
    // The database being away, or anything unexpected: logged with the request id the caller sees.
    const failed = requestFailure(error, request.requestId, request.logger);
    return failure(String(failed.extensions.code), failed.message, request.requestId);
  }
}
