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
import { saveArticle, type SavedArticle, type SaveIntent } from "@/lib/help/save-article";
import { answerRefusal } from "../_components/answer-refusal";

export type EditorState = { problem?: "invalid" | "conflict"; errors?: { path: string; message: string }[]; previewHtml?: string; done?: SaveIntent };

const INTENTS = new Set<string>(["preview", "save", "publish", "unpublish"]);

function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** The public pages an article appears on, old place and new, in its language. */
function refreshPublicPages(saved: SavedArticle) {
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
