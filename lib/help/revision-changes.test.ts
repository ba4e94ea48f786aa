import { describe, expect, it } from "vitest";
import { revisionChanges } from "@/lib/help/revision-changes";

const base = { title: "标题", summary: "摘要", category: "credit", body: "正文", tags: ["信用"], status: "DRAFT" };

describe("revisionChanges", () => {
  it("names every field for the first revision", () => {
    expect(revisionChanges(null, base)).toEqual(["title", "summary", "category", "body", "tags", "status"]);
  });

  it("names only what changed", () => {
    expect(revisionChanges(base, { ...base, body: "新正文", status: "PUBLISHED" })).toEqual(["body", "status"]);
    expect(revisionChanges(base, { ...base, tags: ["信用", "征信"] })).toEqual(["tags"]);
  });
});
