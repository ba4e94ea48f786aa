// Stands in for the "server-only" marker package outside Next (vitest, tsx scripts).
export {};
