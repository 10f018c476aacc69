import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { lambdaContext, toLambdaEvent } from '../../src/server/lambda-event.js';

type LambdaHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/**
 * A `fetch` that delivers each request to a Lambda handler as an API Gateway v2
 * event and turns its result back into a Response: HTTP clients and audits
 * talk to the handler exactly as they would through API Gateway.
 */
export function lambdaFetch(handler: LambdaHandler): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const body = request.body ? await request.text() : undefined;
    const headers = Object.fromEntries(request.headers.entries());
    const result = await handler(
      toLambdaEvent({ method: request.method, path: url.pathname, query: url.search.slice(1), headers, body }),
      lambdaContext(),
    );
    const status = result.statusCode ?? 200;
    const payload = result.body ? Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8') : null;
    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(result.headers ?? {})) responseHeaders.set(name, String(value));
    return new Response(status === 204 || status === 304 ? null : payload, { status, headers: responseHeaders });
  };
}
