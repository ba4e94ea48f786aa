"use client";

import { useState } from "react";

export type FeedbackLabels = Record<"question" | "yes" | "no" | "commentLabel" | "commentHint" | "submit" | "thanks" | "alreadyVoted" | "throttled" | "error", string>;
type Phase = { kind: "ask" } | { kind: "comment"; isHelpful: boolean; notice?: string } | { kind: "sending" } | { kind: "done"; message: string };
type Problem = "throttled" | "error" | "alreadyVoted";

/**
 * "Was this helpful?" under an article. The vote is sent with the first click (one per visitor
 * and article: the server keeps the first, keyed by an anonymous cookie); an optional comment
 * follows in a second step and is attached to that vote.
 */
export function ArticleFeedback({ slug, locale, labels }: { slug: string; locale: string; labels: FeedbackLabels }) {
  const [phase, setPhase] = useState<Phase>({ kind: "ask" });
  const [comment, setComment] = useState("");

  async function send(isHelpful: boolean, withComment: string | null): Promise<Problem | null> {
    try {
      const response = await fetch("/api/faq/feedback", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ slug, locale, isHelpful, ...(withComment ? { comment: withComment } : {}) }),
      });
      if (response.status === 429) return "throttled";
      if (!response.ok) return "error";
      const body = (await response.json()) as { recorded: boolean };
      return body.recorded || withComment ? null : "alreadyVoted";
    } catch {
      return "error";
    }
  }

  async function vote(isHelpful: boolean) {
    setPhase({ kind: "sending" });
    const problem = await send(isHelpful, null);
    setPhase(problem ? { kind: "done", message: labels[problem] } : { kind: "comment", isHelpful });
  }

  async function submitComment(isHelpful: boolean) {
    setPhase({ kind: "sending" });
    const problem = await send(isHelpful, comment.trim());
    // A comment refused by the limit keeps its box and what was typed, to send again later.
    if (problem === "throttled") setPhase({ kind: "comment", isHelpful, notice: labels.throttled });
    else setPhase({ kind: "done", message: problem ? labels[problem] : labels.thanks });
  }

  return (
    <section aria-labelledby="feedback-title" className="mt-10 rounded-2xl border border-line bg-white p-5">
      <h2 id="feedback-title" className="font-semibold text-ink-900">
        {labels.question}
      </h2>
      {phase.kind === "ask" || phase.kind === "sending" ? (
        <div className="mt-3 flex gap-3">
          <button type="button" className="btn-secondary" disabled={phase.kind === "sending"} onClick={() => void vote(true)}>
            {labels.yes}
          </button>
          <button type="button" className="btn-secondary" disabled={phase.kind === "sending"} onClick={() => void vote(false)}>
            {labels.no}
          </button>
        </div>
      ) : null}
      {phase.kind === "comment" ? (
        <form
          className="mt-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (comment.trim() === "") setPhase({ kind: "done", message: labels.thanks });
            else void submitComment(phase.isHelpful);
          }}
        >
          <label htmlFor="feedback-comment" className="block text-ink-900">
            {labels.commentLabel}
          </label>
          <p id="feedback-comment-hint" className="text-sm text-ink-700">
            {labels.commentHint}
          </p>
          <textarea id="feedback-comment" aria-describedby="feedback-comment-hint" value={comment} onChange={(e) => setComment(e.target.value)} maxLength={1000} rows={3} className="mt-2 w-full rounded-xl border border-line p-3" />
          <button type="submit" className="btn-primary mt-2">
            {labels.submit}
          </button>
        </form>
      ) : null}
      <p role="status" className="mt-3 text-ink-700">
        {phase.kind === "done" ? phase.message : phase.kind === "comment" ? (phase.notice ?? "") : ""}
      </p>
    </section>
  );
}
