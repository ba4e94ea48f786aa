import type { BodyDiffPart, DiffPart, RevisionDiff } from "@/lib/help/diff-revisions";
import type { DiffLabels } from "./diff-labels";

/*
 * A diff as markup: <del>/<ins>, told apart by more than colour (struck through / underlined) and
 * with start and end words for screen readers, which mostly do not announce <del> and <ins>.
 */
const REMOVED = "rounded-sm bg-urgent-50 text-urgent-800 line-through decoration-2";
const ADDED = "rounded-sm bg-brand-50 text-brand-900 underline decoration-2 underline-offset-2";

function Marked({ kind, text, labels }: { kind: DiffPart["kind"]; text: string; labels: DiffLabels }) {
  if (kind === "same") return <>{text}</>;
  // A removed or added empty line would otherwise be an invisible mark.
  const blank = text.trim() === "" ? <span aria-hidden="true">¶</span> : null;
  return kind === "removed" ? (
    <del className={REMOVED}>
      <span className="sr-only">{labels.removedStart}</span>
      {blank}
      {text}
      <span className="sr-only">{labels.removedEnd}</span>
    </del>
  ) : (
    <ins className={ADDED}>
      <span className="sr-only">{labels.addedStart}</span>
      {blank}
      {text}
      <span className="sr-only">{labels.addedEnd}</span>
    </ins>
  );
}

function Parts({ parts, labels }: { parts: readonly BodyDiffPart[]; labels: DiffLabels }) {
  return parts.map((part, index) =>
    part.kind === "skipped" ? (
      <span key={index} className="my-1 block text-ink-600 italic">
        {labels.skipped(part.lines)}
      </span>
    ) : (
      <Marked key={index} kind={part.kind} text={part.text} labels={labels} />
    ),
  );
}

function Field({ name, children, className }: { name: string; children: React.ReactNode; className?: string }) {
  return (
    <div>
      <dt className="font-semibold text-ink-900 first-letter:uppercase">{name}</dt>
      <dd className={className}>{children}</dd>
    </div>
  );
}

/** What changed between two versions of an article, field by field (only the fields that did). */
export function RevisionDiffView({ diff, labels }: { diff: RevisionDiff; labels: DiffLabels }) {
  return (
    <dl className="mt-3 space-y-3 text-ink-900">
      {diff.title ? <Field name={labels.fields.title}><Parts parts={diff.title} labels={labels} /></Field> : null}
      {diff.summary ? <Field name={labels.fields.summary} className="whitespace-pre-wrap"><Parts parts={diff.summary} labels={labels} /></Field> : null}
      {diff.category ? (
        <Field name={labels.fields.category}>
          <Marked kind="removed" text={labels.category(diff.category.from)} labels={labels} /> <span aria-hidden="true">→</span>
          <span className="sr-only">{labels.changedTo}</span> <Marked kind="added" text={labels.category(diff.category.to)} labels={labels} />
        </Field>
      ) : null}
      {diff.tags ? (
        <Field name={labels.fields.tags}>
          <ul className="flex flex-wrap gap-2">
            {diff.tags.map((tag, index) => (
              <li key={index} className="rounded-full border border-line px-2 text-sm">
                <Marked kind={tag.kind} text={tag.text} labels={labels} />
              </li>
            ))}
          </ul>
        </Field>
      ) : null}
      {diff.body ? (
        <Field name={labels.fields.body} className="mt-1 overflow-x-auto rounded-lg border border-line bg-canvas p-3 font-mono text-sm break-words whitespace-pre-wrap">
          <Parts parts={diff.body} labels={labels} />
        </Field>
      ) : null}
    </dl>
  );
}

/** The key to the marks, said once above the history. */
export function DiffLegend({ labels }: { labels: DiffLabels }) {
  return (
    <p className="mt-2 text-sm text-ink-700">
      {labels.legendIntro} <Marked kind="removed" text={labels.legendRemoved} labels={labels} /> <Marked kind="added" text={labels.legendAdded} labels={labels} />
    </p>
  );
}
