/*
 * Text → search terms, the same way for articles (when saved) and for queries, so both sides
 * always agree (decision 018). Latin words are lower-cased and stripped of accents; Chinese has
 * no spaces, and this Node's ICU dictionary splits common words such as 余额 or 充值 into single
 * characters, so each run of Chinese characters becomes its overlapping character bigrams
 * (信用记录 → 信用 用记 记录), the usual way to index CJK text without a dictionary.
 */
const HAN = /\p{Script=Han}/u;
const HAN_OR_OTHER = /\p{Script=Han}+|\P{Script=Han}+/gu;
const WORD_PART = /[\p{L}\p{N}]+/gu;
const MAX_TERM_LENGTH = 40;

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

function hanBigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  return grams;
}

/** Normalized terms in text order (duplicates kept: they weigh in the ranking). */
export function searchTerms(text: string): string[] {
  const normalized = text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
  const terms: string[] = [];
  for (const [piece] of normalized.matchAll(HAN_OR_OTHER)) {
    if (HAN.test(piece)) {
      terms.push(...hanBigrams(piece));
      continue;
    }
    // Other scripts: the segmenter finds the words (spaces for Latin, a dictionary for Thai or kana).
    for (const { segment, isWordLike } of segmenter.segment(piece)) {
      if (!isWordLike) continue;
      for (const [part] of segment.matchAll(WORD_PART)) terms.push(part.slice(0, MAX_TERM_LENGTH));
    }
  }
  return terms;
}
/** True for a term made of Chinese characters (matched as a substring, not a word). */
export function isHanTerm(term: string): boolean {
  return HAN.test(term);
}
