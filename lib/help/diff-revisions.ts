import { diffArrays, diffLines, diffWords, type ChangeObject } from "diff";
import { normalizeNewlines } from "@/lib/help/normalize-newlines";

/** A run of text that both versions share, or that only the later one has, or only the earlier. */
export type DiffPart = { kind: "same" | "added" | "removed"; text: string };
/** The body also has runs of unchanged lines left out (only a few lines around each change are kept). */
export type BodyDiffPart = DiffPart | { kind: "skipped"; lines: number };

export type ArticleContent = { title: string; summary: string; category: string; body: string; tags: readonly string[] };

/** What changed from `before` to `after`, field by field; null where a field is the same. */
export type RevisionDiff = {
  hasChanges: boolean;
  title: DiffPart[] | null;
  summary: DiffPart[] | null;
  category: { from: string; to: string } | null;
  tags: DiffPart[] | null;
  body: BodyDiffPart[] | null;
};

/** Unchanged lines kept before and after each change of the body. */
const CONTEXT_LINES = 2;
/**
 * Past this many word edits inside one block of changed lines (or line edits in the body), the
 * block (the body) is shown as its old text then its new one: a rewrite reads better so, and a
 * diff's cost grows with its edits (a 2,000-line rewrite took 1.5 s to diff line by line).
 */
const MAX_WORD_EDITS = 200;
const MAX_LINE_EDITS = 1000;

/** A line, or a piece of a long line: what is handed to the segmenter at once (see wordSegmenter). */
const SEGMENT_PIECES = /[^\n]{1,1000}\n?|\n/g;

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * Word boundaries in the article's language: Chinese has no spaces between words, and ICU's
 * dictionary finds them ("扣款", not "扣" + "款"). The segmenter is fed a line (at most 1,000
 * characters) at a time: V8 copies the whole input into every segment it returns,
 * so a long body segmented at once takes quadratic time and memory (40,000 characters: 18 s).
 * diffWords only calls segment() and resolvedOptions().
 */
function wordSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    const icu = new Intl.Segmenter(locale, { granularity: "word" });
    const byLine = {
      resolvedOptions: () => icu.resolvedOptions(),
      segment: (text: string) => (text.match(SEGMENT_PIECES) ?? []).flatMap((piece) => [...icu.segment(piece)]),
    };
    segmenter = byLine as unknown as Intl.Segmenter;
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

function toParts(changes: ChangeObject<string>[]): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of changes) {
    if (change.value === "") continue;
    const kind = change.added ? "added" : change.removed ? "removed" : "same";
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += change.value;
    else parts.push({ kind, text: change.value });
  }
  return parts;
}

function wholeTexts(before: string, after: string): DiffPart[] {
  return [
    ...(before ? [{ kind: "removed" as const, text: before }] : []),
    ...(after ? [{ kind: "added" as const, text: after }] : []),
  ];
}

const textOf = (parts: readonly DiffPart[], without: DiffPart["kind"]) => parts.map((part) => (part.kind === without ? "" : part.text)).join("");

/**
 * Word by word, or the old text then the new one when the words cannot show it: too many edits, a
 * change of spaces or line breaks only, or any result that does not read back as both texts
 * (diffWords compares words and places the space between them as best it can).
 */
function wordParts(before: string, after: string, locale: string): DiffPart[] {
  const changes = diffWords(before, after, { intlSegmenter: wordSegmenter(locale), maxEditLength: MAX_WORD_EDITS });
  const parts = changes ? toParts(changes) : [];
  if (parts.some((part) => part.kind !== "same") && textOf(parts, "added") === before && textOf(parts, "removed") === after) return parts;
  return wholeTexts(before, after);
}

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** An unchanged run of lines, cut to the lines next to a change. */
function contextParts(text: string, isFirst: boolean, isLast: boolean): BodyDiffPart[] {
  const lines = splitLines(text);
  const keepBefore = isFirst ? 0 : CONTEXT_LINES;
  const keepAfter = isLast ? 0 : CONTEXT_LINES;
  const skipped = lines.length - keepBefore - keepAfter;
  // Leaving out a single line saves nothing: a "1 line left out" note is as long as the line.
  if (skipped <= 1) return [{ kind: "same", text }];
  return [
    ...(keepBefore ? [{ kind: "same" as const, text: lines.slice(0, keepBefore).join("") }] : []),
    { kind: "skipped" as const, lines: skipped },
    ...(keepAfter ? [{ kind: "same" as const, text: lines.slice(-keepAfter).join("") }] : []),
  ];
}

/** One part per tag, in the later version's order (a moved tag is removed and added). */
function tagParts(before: readonly string[], after: readonly string[]): DiffPart[] {
  return diffArrays([...before], [...after]).flatMap((change) => {
    const kind: DiffPart["kind"] = change.added ? "added" : change.removed ? "removed" : "same";
    return change.value.map((tag) => ({ kind, text: tag }));
  });
}

/** A last line without its line break is the same line as with it (the schema trims the body). */
function withFinalNewline(text: string): string {
  return text === "" || text.endsWith("\n") ? text : `${text}\n`;
}

/** Lines first (a change stays on its lines), then words inside each block of changed lines. */
function bodyParts(before: string, after: string, locale: string): BodyDiffPart[] {
  const lines = diffLines(withFinalNewline(before), withFinalNewline(after), { maxEditLength: MAX_LINE_EDITS });
  if (!lines) return wholeTexts(before, after);
  const parts: BodyDiffPart[] = [];
  let removed = "";
  let added = "";
  const flushChange = () => {
    if (removed || added) parts.push(...wordParts(removed, added, locale));
    removed = "";
    added = "";
  };
  lines.forEach((change, index) => {
    if (change.removed) removed += change.value;
    else if (change.added) added += change.value;
    else {
      flushChange();
      parts.push(...contextParts(change.value, index === 0, index === lines.length - 1));
    }
  });
  flushChange();
  // Context lines and the unchanged words of a changed line that follow them read as one run.
  return parts.reduce<BodyDiffPart[]>((merged, part) => {
    const last = merged.at(-1);
    if (last?.kind === "same" && part.kind === "same") last.text += part.text;
    else merged.push({ ...part });
    return merged;
  }, []);
}

/**
 * A readable diff of two versions of an article (pure: no I/O). Title, summary and each block of
 * changed body lines are compared word by word with the article's language's word boundaries;
 * tags as a list; the category as from → to. Line endings ("\r\n" or "\n") are not a change.
 */
export function diffRevisions(options: { before: ArticleContent; after: ArticleContent; locale: string }): RevisionDiff {
  const { locale } = options;
  const before = { ...options.before, summary: normalizeNewlines(options.before.summary), body: normalizeNewlines(options.before.body) };
  const after = { ...options.after, summary: normalizeNewlines(options.after.summary), body: normalizeNewlines(options.after.body) };
  const sameTags = before.tags.join("\n") === after.tags.join("\n");
  const diff: RevisionDiff = {
    hasChanges: false,
    title: before.title === after.title ? null : wordParts(before.title, after.title, locale),
    summary: before.summary === after.summary ? null : wordParts(before.summary, after.summary, locale),
    category: before.category === after.category ? null : { from: before.category, to: after.category },
    tags: sameTags ? null : tagParts(before.tags, after.tags),
    body: before.body === after.body ? null : bodyParts(before.body, after.body, locale),
  };
  diff.hasChanges = Boolean(diff.title || diff.summary || diff.category || diff.tags || diff.body);
  return diff;
}
