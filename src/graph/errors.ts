import { GraphQLError } from 'graphql';

/** Stable `extensions.code` values clients can branch on. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED';

class CodedError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class BadUserInputError extends CodedError {
  constructor(message: string, extra?: Record<string, unknown>) {
    super('BAD_USER_INPUT', message, extra);
  }
}

export class NotFoundError extends CodedError {
  constructor(what: string, id: string) {
    super('NOT_FOUND', `${what} ${id} does not exist`, { id });
  }
}

export class ConflictError extends CodedError {
  constructor(message: string, extra?: Record<string, unknown>) {
    super('CONFLICT', message, extra);
  }
}

export class ForbiddenError extends CodedError {
  /** `status` for a refusal before execution (HTTP 403); a field refused during execution keeps HTTP 200. */
  constructor(message: string, status?: number) {
    super('FORBIDDEN', message, status ? { http: { status } } : {});
  }
}

export class UnauthenticatedError extends CodedError {
  constructor(message = 'An API key is required: send `Authorization: Bearer <key>`') {
    // Apollo answers a failed context with this status (and strips `http` from the payload) instead of 500.
    super('UNAUTHENTICATED', message, { http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } });
  }
}
