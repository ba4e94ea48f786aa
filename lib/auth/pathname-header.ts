/** The requested path, set by proxy.ts, read by requireUser() & co. as the callbackUrl after sign-in. */
export const PATHNAME_HEADER = "x-portal-pathname";
