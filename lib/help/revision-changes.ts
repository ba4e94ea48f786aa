export type RevisionContent = { title: string; summary: string; category: string; body: string; tags: readonly string[]; status: string };

const FIELDS = ["title", "summary", "category", "body", "tags", "status"] as const;
export type RevisionField = (typeof FIELDS)[number];

/** Which fields a revision changed compared with the one before it (all of them for the first). */
export function revisionChanges(previous: RevisionContent | null, next: RevisionContent): RevisionField[] {
  if (!previous) return [...FIELDS];
  return FIELDS.filter((field) => (field === "tags" ? previous.tags.join("\n") !== next.tags.join("\n") : previous[field] !== next[field]));
}
