/**
 * The `digest` of an error that means the database cannot be reached (lib/errors/database-unavailable.ts):
 * the error pages read it to say so. Its own file so the pages' client code stays small.
 */
export const DATABASE_UNAVAILABLE_DIGEST = "DATABASE_UNAVAILABLE";
