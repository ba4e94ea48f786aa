import { describe, expect, it } from "vitest";
import { literalLikeText } from "./like-pattern";

describe("literalLikeText", () => {
  it("escapes LIKE's wildcards and its escape character, and leaves everything else alone", () => {
    expect(literalLikeText("%%")).toBe("\\%\\%");
    expect(literalLikeText("wang_fang")).toBe("wang\\_fang");
    expect(literalLikeText("a\\b")).toBe("a\\\\b");
    expect(literalLikeText("100% 王_芳\\")).toBe("100\\% 王\\_芳\\\\");
    expect(literalLikeText("王芳 Sophie")).toBe("王芳 Sophie");
  });
});
