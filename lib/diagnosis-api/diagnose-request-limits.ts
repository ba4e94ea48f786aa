/** Above this many entries POST /api/diagnose answers 413 (docs/api.md). */
export const MAX_DIAGNOSE_ENTRIES = 100_000;
/** ~300 bytes per entry in pretty JSON leaves room for logins and security events. */
export const MAX_DIAGNOSE_BODY_BYTES = 40 * 1024 * 1024;
