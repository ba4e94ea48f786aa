/** A failure the operator can fix: printed as one sentence, never with a stack trace. */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserFacingError";
  }
}
