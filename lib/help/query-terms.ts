import { isHanTerm, searchTerms } from "@/lib/help/search-terms";

/** Only the start of a huge query is read: enough for any real question, cheap for a 10,000-character one. */
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 16;
/*
 * Character pairs of Chinese question words ("怎么办", "为什么", "是不是"…): in almost every article,
 * so a question like 花呗分期怎么办 would otherwise "match" everything by its 怎么 alone.
 */
const QUESTION_PAIRS = new Set(["怎么", "么办", "什么", "为什", "如何", "怎样", "么样", "可以", "是不", "不是", "会不", "不会", "我的", "一下", "这个", "那个", "多少", "有没", "没有", "吗"]);

/**
 * The terms a query searches for: its search terms without repeats, single Latin letters (they
 * would match every word as a prefix) and anything past the first 16.
 */
export function queryTerms(query: string): { terms: string[]; isTruncated: boolean } {
  const isTruncated = query.length > MAX_QUERY_LENGTH;
  const terms = [...new Set(searchTerms(query.slice(0, MAX_QUERY_LENGTH)))].filter((t) => (isHanTerm(t) ? !QUESTION_PAIRS.has(t) : t.length >= 2));
  return { terms: terms.slice(0, MAX_TERMS), isTruncated };
}
