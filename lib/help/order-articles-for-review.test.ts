import { describe, expect, it } from "vitest";
import { feedbackScore } from "@/lib/help/feedback-score";
import { orderArticlesForReview } from "@/lib/help/order-articles-for-review";

const article = (slug: string, helpful: number, notHelpful: number) => ({ slug, score: feedbackScore({ helpful, notHelpful }) });
const slugs = (rows: { slug: string }[]) => rows.map((row) => row.slug);

describe("orderArticlesForReview", () => {
  it("puts the worst flagged article first, whatever order the database gave", () => {
    // As listed by language, category and position: the old list kept this order inside "low".
    const rows = [article("mostly-fine", 4, 5), article("useless", 0, 12), article("weak", 2, 4)];
    expect(slugs(orderArticlesForReview(rows))).toEqual(["useless", "weak", "mostly-fine"]);
  });

  it("lists a rated article that is not flagged yet after the flagged ones, and before the well-rated ones", () => {
    const rows = [article("loved", 30, 1), article("unrated", 0, 0), article("four-noes", 0, 4), article("flagged", 2, 3)];
    expect(slugs(orderArticlesForReview(rows))).toEqual(["flagged", "four-noes", "loved", "unrated"]);
  });

  it("does not let a single 'no' outrank many (a raw share would put it first)", () => {
    const rows = [article("one-no", 0, 1), article("one-yes-three-noes", 1, 3), article("four-noes", 0, 4)];
    expect(slugs(orderArticlesForReview(rows))).toEqual(["four-noes", "one-yes-three-noes", "one-no"]);
  });

  it("puts sixty unhelped readers of a hundred before four of five", () => {
    const rows = [article("four-of-five", 1, 4), article("sixty-of-a-hundred", 40, 60)];
    expect(slugs(orderArticlesForReview(rows))).toEqual(["sixty-of-a-hundred", "four-of-five"]);
  });

  it("puts articles without votes last, in the order they came", () => {
    const rows = [article("b-unrated", 0, 0), article("rated", 9, 1), article("a-unrated", 0, 0)];
    expect(slugs(orderArticlesForReview(rows))).toEqual(["rated", "b-unrated", "a-unrated"]);
  });

  it("leaves its input as it was", () => {
    const rows = [article("rated", 9, 1), article("flagged", 0, 9)];
    orderArticlesForReview(rows);
    expect(slugs(rows)).toEqual(["rated", "flagged"]);
  });
});
