import { isHanTerm } from "@/lib/help/search-terms";

/*
 * A short excerpt of an article around the first match, HTML-escaped, with the matched words in
 * <mark>. Chinese terms match as substrings; Latin terms match a word they start, or a word within
 * one or two edits (so a query with a typo still shows what it found).
 */
const WORD = /[\p{L}\p{N}]+/gu;
type Range = { start: number; end: number };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

function isNearWord(word: string, term: string): boolean {
  if (word.startsWith(term)) return true;
  if (term.length < 4) return false;
  const allowed = term.length >= 8 ? 2 : 1;
  return editDistance(word, term) <= allowed || editDistance(word.slice(0, term.length), term) <= allowed - 1;
}

function matchRanges(text: string, terms: readonly string[]): Range[] {
  const ranges: Range[] = [];
  const lower = text.toLowerCase();
  for (const term of terms.filter(isHanTerm)) {
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) ranges.push({ start: at, end: at + term.length });
  }
  const latin = terms.filter((t) => !isHanTerm(t));
  if (latin.length > 0) {
    for (const match of text.matchAll(WORD)) {
      const word = match[0].normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
      if (latin.some((term) => isNearWord(word, term))) ranges.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  ranges.sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

export function highlightSnippet(options: { text: string; terms: readonly string[]; maxLength?: number }): string {
  const { text, terms, maxLength = 160 } = options;
  const ranges = matchRanges(text, terms);
  const first = ranges[0]?.start ?? 0;
  const start = Math.max(0, Math.min(first - 30, text.length - maxLength));
  const end = Math.min(text.length, start + maxLength);
  let html = start > 0 ? "…" : "";
  let at = start;
  for (const range of ranges) {
    if (range.end <= start || range.start >= end) continue;
    const from = Math.max(range.start, at);
    const to = Math.min(range.end, end);
    html += `${escapeHtml(text.slice(at, from))}<mark>${escapeHtml(text.slice(from, to))}</mark>`;
    at = to;
  }
  html += escapeHtml(text.slice(at, end)) + (end < text.length ? "…" : "");
  return html;
}
