import type { APIGatewayProxyEventV2 } from 'aws-lambda';

export function header(event: APIGatewayProxyEventV2, name: string): string | undefined {
  return event.headers?.[name] ?? event.headers?.[name.toLowerCase()];
}

export const isRead = (event: APIGatewayProxyEventV2) => ['GET', 'HEAD'].includes(event.requestContext.http.method);
