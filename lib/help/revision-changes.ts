import { normalizeNewlines } from "@/lib/help/normalize-newlines";

export type RevisionContent = { title: string; summary: string; category: string; body: string; tags: readonly string[]; status: string };

const FIELDS = ["title", "summary", "category", "body", "tags", "status"] as const;
export type RevisionField = (typeof FIELDS)[number];

/** Which fields a revision changed compared with the one before it (all of them for the first). */
export function revisionChanges(previous: RevisionContent | null, next: RevisionContent): RevisionField[] {
  if (!previous) return [...FIELDS];
  return FIELDS.filter((field) => {
    if (field === "tags") return previous.tags.join("\n") !== next.tags.join("\n");
    // Line endings alone are no change a reader sees (diffRevisions ignores them too).
    return normalizeNewlines(previous[field]) !== normalizeNewlines(next[field]);
  });
}
