export type AppErrorCode = "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "TOO_LARGE";

const HTTP_STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
};

/** An unexpected-but-known failure thrown by domain functions; route handlers map it to HTTP. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  /** The input field at fault (BAD_REQUEST), reported as `errors: [{ path, message }]`. */
  readonly field?: string;
  /** A more precise stable code for programs than the status's own (e.g. `ticket_claimed` for a CONFLICT): the API's `error`. */
  readonly reason?: string;

  constructor(code: AppErrorCode, message: string = code, options: { field?: string; reason?: string } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.field = options.field;
    this.reason = options.reason;
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
}
