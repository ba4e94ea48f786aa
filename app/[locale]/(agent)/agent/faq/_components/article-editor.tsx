"use client";

import { useActionState, useState } from "react";
import { saveArticleAction, type EditorState } from "../actions";

export type EditorValues = { id?: string; locale: string; slug: string; category: string; title: string; summary: string; body: string; tags: string; position: number; status?: string };
export type EditorLabels = { text: Record<string, string>; categories: Record<string, string>; locales: Record<string, string>; done: Record<string, string> };

const field = "mt-1 w-full rounded-lg border border-line bg-white px-3 py-2";

/** Create or edit one article; every button posts the same form with its own intent. */
export function ArticleEditor({ values, labels: { text: labels, categories, locales, done }, initialDone }: { values: EditorValues; labels: EditorLabels; initialDone?: string }) {
  const [state, action, isPending] = useActionState<EditorState, FormData>(saveArticleAction, initialDone ? { done: initialDone as EditorState["done"] } : {});
  // Controlled fields: React resets a form's uncontrolled fields after every action (preview too).
  const [draft, setDraft] = useState<Record<string, string>>(() => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v ?? "")])));
  const bind = (name: string) => ({ name, value: draft[name] ?? "", onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [name]: e.target.value })) });
  const errorFor = (name: string) => state.errors?.find((e) => e.path === name)?.message;
  const describe = (name: string, hint?: boolean) => [hint ? `${name}-hint` : "", errorFor(name) ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;
  const text = (name: keyof EditorValues, options: { hint?: boolean; rows?: number } = {}) => (
    <div>
      <label htmlFor={`f-${name}`} className="block font-semibold text-ink-900">
        {labels[name]}
      </label>
      {options.hint ? <p id={`${name}-hint`} className="text-sm text-ink-700">{labels[`${name}Hint`]}</p> : null}
      {options.rows ? (
        <textarea id={`f-${name}`} {...bind(name)} rows={options.rows} aria-invalid={Boolean(errorFor(name))} aria-describedby={describe(name, options.hint)} className={`${field} font-mono`} />
      ) : (
        <input id={`f-${name}`} {...bind(name)} aria-invalid={Boolean(errorFor(name))} aria-describedby={describe(name, options.hint)} className={field} />
      )}
      {errorFor(name) ? <p id={`${name}-error`} className="mt-1 text-sm text-urgent-700">{errorFor(name)}</p> : null}
    </div>
  );

  return (
    <form action={action} className="space-y-5">
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <p role="status" className="font-semibold text-brand-800">
        {state.done ? done[state.done] : ""}
      </p>
      {state.problem ? (
        <div role="alert" className="rounded-lg border border-urgent-200 bg-urgent-50 p-3 text-urgent-800">
          {state.problem === "conflict" ? labels.conflict : labels.fixErrors}
        </div>
      ) : null}
      <div className="grid gap-5 sm:grid-cols-3">
        <div>
          <label htmlFor="f-locale" className="block font-semibold text-ink-900">{labels.locale}</label>
          <select id="f-locale" {...bind("locale")} className={field}>
            {Object.entries(locales).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="f-category" className="block font-semibold text-ink-900">{labels.category}</label>
          <select id="f-category" {...bind("category")} className={field}>
            {Object.entries(categories).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </div>
        {text("position")}
      </div>
      {text("slug", { hint: true })}
      {text("title")}
      {text("summary", { rows: 2 })}
      {text("body", { hint: true, rows: 16 })}
      {text("tags", { hint: true })}
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="preview" className="btn-secondary" disabled={isPending}>{labels.preview}</button>
        <button type="submit" name="intent" value="save" className="btn-secondary" disabled={isPending}>{labels.save}</button>
        <button type="submit" name="intent" value="publish" className="btn-primary" disabled={isPending}>{labels.publish}</button>
        {values.status === "PUBLISHED" ? <button type="submit" name="intent" value="unpublish" className="btn-secondary" disabled={isPending}>{labels.unpublish}</button> : null}
      </div>
      {state.previewHtml !== undefined ? (
        <section aria-labelledby="preview-title" className="rounded-2xl border border-dashed border-brand-200 bg-white p-5">
          <h2 id="preview-title" className="text-lg font-semibold text-ink-900">{labels.previewHeading}</h2>
          {/* Sanitized on the server by renderMarkdown, exactly as the public page does. */}
          <div className="faq-body mt-3" dangerouslySetInnerHTML={{ __html: state.previewHtml }} />
        </section>
      ) : null}
    </form>
  );
}
