import type { FieldError, ProblemDetails } from '@cerdas/model';

/**
 * Marks instances so that `instanceof` works across realms (iframes, duplicated bundles,
 * two copies of the package): the check looks at this symbol's brand, not the prototype.
 */
const BRAND = Symbol.for('@cerdas/client/error');

type Kind = 'http' | 'validation' | 'timeout' | 'network' | 'abort';

function branded(value: unknown): Kind | undefined {
  return typeof value === 'object' && value !== null
    ? ((value as Record<symbol, Kind | undefined>)[BRAND] ?? undefined)
    : undefined;
}

/** Every error the client throws. `cause` holds the underlying error, when there is one. */
export class CerdasError extends Error {
  declare readonly [BRAND]: Kind;
  override readonly name: string = 'CerdasError';
  /** The operation (`umkm.list`, `complaints.submit`) or URL that failed. */
  readonly operation: string;

  constructor(kind: Kind, operation: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    Object.defineProperty(this, BRAND, { value: kind });
    this.operation = operation;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return branded(value) !== undefined;
  }
}

/** The server answered with an error status; `problem` holds its RFC 9457 problem details. */
export class CerdasHttpError extends CerdasError {
  override readonly name = 'CerdasHttpError';
  readonly status: number;
  readonly problem: ProblemDetails;
  /** Field errors of a validation problem (`path`, a message naming the field, `code`). */
  readonly fieldErrors: readonly FieldError[];
  /** Seconds the server asked to wait (`Retry-After`), when it said. */
  readonly retryAfter: number | undefined;

  constructor(
    operation: string,
    status: number,
    problem: ProblemDetails,
    options?: { cause?: unknown; retryAfter?: number | undefined },
  ) {
    super('http', operation, `${operation}: ${status} ${problem.detail ?? problem.title}`, options);
    this.status = status;
    this.problem = problem;
    this.fieldErrors = problem.errors ?? [];
    this.retryAfter = options?.retryAfter;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return branded(value) === 'http';
  }
}

/** The response broke the contract: the server sent a shape `@cerdas/model` does not allow. */
export class CerdasValidationError extends CerdasError {
  override readonly name = 'CerdasValidationError';
  /** Where in the response body, e.g. `items[3].name`. */
  readonly path: string;
  /** What is wrong there. */
  readonly issue: string;
  readonly issues: readonly { path: string; message: string }[];

  constructor(operation: string, issues: readonly { path: string; message: string }[]) {
    const first = issues[0] ?? { path: '', message: 'invalid response' };
    super(
      'validation',
      operation,
      `${operation}: the response breaks the contract at ${first.path || '(root)'}: ${first.message}`,
    );
    this.path = first.path;
    this.issue = first.message;
    this.issues = issues;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return branded(value) === 'validation';
  }
}

/** No answer within the timeout (after all retries). */
export class CerdasTimeoutError extends CerdasError {
  override readonly name = 'CerdasTimeoutError';
  readonly timeoutMs: number;

  constructor(operation: string, timeoutMs: number, options?: { cause?: unknown }) {
    super('timeout', operation, `${operation}: no answer within ${timeoutMs} ms`, options);
    this.timeoutMs = timeoutMs;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return branded(value) === 'timeout';
  }
}

/** The request could not reach the server, or the connection broke (after all retries). */
export class CerdasNetworkError extends CerdasError {
  override readonly name = 'CerdasNetworkError';

  constructor(operation: string, options?: { cause?: unknown }) {
    super('network', operation, `${operation}: the network failed`, options);
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return branded(value) === 'network';
  }
}

/** The caller aborted the request through its `AbortSignal`. */
export class CerdasAbortError extends CerdasError {
  override readonly name = 'CerdasAbortError';

  constructor(operation: string, options?: { cause?: unknown }) {
    super('abort', operation, `${operation}: aborted`, options);
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return branded(value) === 'abort';
  }
}

/** True for any error thrown by this client, from any copy of the package. */
export function isCerdasError(value: unknown): value is CerdasError {
  return branded(value) !== undefined;
}
