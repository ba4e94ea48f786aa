"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireRole } from "@/lib/authz";
import { AppError } from "@/lib/errors/app-error";
import { HELP_EDITOR_ROLES } from "@/lib/help/editor-roles";
import { submittedForm } from "@/lib/http/form-text";
import { ID_PATTERN } from "@/lib/http/plain-text";
import { articleInput } from "@/lib/help/help-schemas";
import { renderMarkdown } from "@/lib/help/render-markdown";
import { restoreArticleRevision, type RestoredArticle } from "@/lib/help/restore-article-revision";
import { saveArticle, type SavedArticle, type SaveIntent } from "@/lib/help/save-article";
import { answerRefusal } from "../_components/answer-refusal";

export type EditorState = { problem?: "invalid" | "conflict"; errors?: { path: string; message: string }[]; previewHtml?: string; done?: SaveIntent | "restore" };

const INTENTS = new Set<string>(["preview", "save", "publish", "unpublish"]);

function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** The public pages an article appears on, old place and new, in its language. */
function refreshPublicPages(saved: SavedArticle | RestoredArticle) {
  const places = [saved, ...(saved.previous ? [saved.previous] : [])];
  for (const place of places) {
    revalidatePath(`/${saved.locale}/faq/${place.slug}`);
    revalidatePath(`/${saved.locale}/faq/category/${place.category}`);
  }
  revalidatePath(`/${saved.locale}/faq`);
}

/** The editor form: preview, save, publish or unpublish (supervisors and admins only). */
export async function saveArticleAction(_previous: EditorState, submitted: FormData): Promise<EditorState> {
  const actor = await requireRole(HELP_EDITOR_ROLES);
  const form = submittedForm(submitted);
  const intent = textField(form, "intent") || "save";
  if (!INTENTS.has(intent)) return { problem: "invalid", errors: [{ path: "intent", message: "unknown action" }] };
  if (intent === "preview") return { previewHtml: renderMarkdown(textField(form, "body").slice(0, 50_000)) };
  const parsed = articleInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { problem: "invalid", errors: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) };
  const id = textField(form, "id") || undefined;
  // No article has an id the portal could not have made.
  if (id && !ID_PATTERN.test(id)) notFound();
  let saved: SavedArticle;
  try {
    saved = await saveArticle({ actor, id, input: parsed.data, intent: intent as SaveIntent });
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") return { problem: "conflict", errors: [{ path: "slug", message: error.message }] };
    // An id that names no article is the 404 page, like the editor page for it.
    return answerRefusal(error);
  }
  refreshPublicPages(saved);
  if (!id) redirect(`/agent/faq/${saved.id}?done=${intent}`);
  return { done: intent as SaveIntent };
}

/** A date as the page writes it (toISOString), or null: any other text could be out of PostgreSQL's range. */
function parseSeen(text: string): Date | null {
  const date = new Date(text);
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(text) && !Number.isNaN(date.getTime()) ? date : null;
}

/**
 * Restore an old revision as a new one (supervisors and admins only). A plain form post, so it also
 * works before the page's script has loaded; both outcomes go back to the article, which then
 * shows its text now: restored, or refused because someone changed the article meanwhile.
 */
export async function restoreRevisionAction(submitted: FormData): Promise<void> {
  const actor = await requireRole(HELP_EDITOR_ROLES);
  const form = submittedForm(submitted);
  const id = textField(form, "id");
  const revisionId = textField(form, "revisionId");
  // Neither can name a record if the portal could not have made it.
  if (!ID_PATTERN.test(id) || !ID_PATTERN.test(revisionId)) notFound();
  let restored: RestoredArticle;
  try {
    restored = await restoreArticleRevision({ actor, articleId: id, revisionId, seenUpdatedAt: parseSeen(textField(form, "seenUpdatedAt")) });
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") redirect(`/agent/faq/${id}?problem=changed`);
    if (error instanceof AppError && error.code === "BAD_REQUEST") redirect(`/agent/faq/${id}?problem=unrestorable`);
    return answerRefusal(error);
  }
  refreshPublicPages(restored);
  // The new revision's id makes each restore's address new (the form is keyed by it on the page).
  redirect(`/agent/faq/${id}?done=restore&restored=${restored.revisionId}`);
}
