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

  it("does not call a body changed whose line breaks alone differ (a browser posts \\r\\n, the seed wrote \\n)", () => {
    const seeded = { ...base, body: "第一段\n\n第二段" };
    expect(revisionChanges(seeded, { ...seeded, title: "新标题", body: "第一段\r\n\r\n第二段" })).toEqual(["title"]);
  });
});
