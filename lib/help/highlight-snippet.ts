import { allowedEdits, editDistance } from "@/lib/help/edit-distance";
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

function isNearWord(word: string, term: string): boolean {
  if (word.startsWith(term)) return true;
  if (term.length < 4) return false;
  const allowed = allowedEdits(term);
  // Lengths further apart than the allowed edits can never match: skip the distance table.
  if (Math.abs(word.length - term.length) <= allowed && editDistance(word, term) <= allowed) return true;
  return allowed > 1 && word.length > term.length && editDistance(word.slice(0, term.length), term) < allowed;
}

/*
 * Only the window around the first match is shown, so Latin words are read until the window
 * is certain to have ended (end <= max(0, first - 30) + maxLength), and each distinct word is
 * judged once: a long article has thousands of words but a few hundred distinct ones.
 */
function matchRanges(text: string, terms: readonly string[], maxLength: number): Range[] {
  const ranges: Range[] = [];
  const lower = text.toLowerCase();
  for (const term of terms.filter(isHanTerm)) {
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) ranges.push({ start: at, end: at + term.length });
  }
  const latin = terms.filter((t) => !isHanTerm(t));
  if (latin.length > 0) {
    let first = ranges.reduce((min, r) => Math.min(min, r.start), Number.POSITIVE_INFINITY);
    const judged = new Map<string, boolean>();
    for (const match of text.matchAll(WORD)) {
      if (match.index >= Math.max(0, first - 30) + maxLength) break;
      const word = match[0].normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
      let near = judged.get(word);
      if (near === undefined) judged.set(word, (near = latin.some((term) => isNearWord(word, term))));
      if (!near) continue;
      ranges.push({ start: match.index, end: match.index + match[0].length });
      first = Math.min(first, match.index);
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
  const ranges = matchRanges(text, terms, maxLength);
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
