"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { feedbackAnswer, type FeedbackAnswer, type FeedbackOutcome } from "@/lib/help/feedback-answer";
import type { FeedbackLabels } from "./feedback-labels";

/** Answers that are one sentence (the others are panels with a comment box). */
const MESSAGES = { thanks: "thanks", "already-voted": "alreadyVoted", throttled: "throttled", error: "error" } as const;
type Message = keyof typeof MESSAGES;
const isMessage = (answer: FeedbackAnswer | null): answer is Message => answer !== null && answer in MESSAGES;

const IS_FINAL: Record<FeedbackAnswer, boolean> = { helpful: true, "not-helpful": true, thanks: true, "already-voted": true, throttled: false, error: false };

type State = { answer: FeedbackAnswer | null; isSending: boolean; notice: string };

/**
 * "Was this helpful?" under an article: plain forms posting to /api/faq/feedback, so they work
 * before the scripts arrive and without JavaScript (decision 039). The API answers such a post
 * with a 303 back to this page at `#feedback-<answer>`; the page is static, so CSS `:target`
 * shows that answer and hides the question. With JavaScript the same forms send JSON and the
 * answer appears in place. One vote per visitor and article (the server keeps the first, keyed
 * by an anonymous cookie); a comment can follow and is attached to that vote. After a "no" the
 * reader is offered the wizard and support.
 */
export function ArticleFeedback({ slug, locale, labels }: { slug: string; locale: string; labels: FeedbackLabels }) {
  const [state, setState] = useState<State>({ answer: null, isSending: false, notice: "" });
  const sectionRef = useRef<HTMLElement>(null);

  // The button pressed is gone: take focus to what replaced it, as the fragment does without JS.
  useEffect(() => {
    if (state.answer === null) return;
    const target = isMessage(state.answer) ? sectionRef.current?.querySelector("h2") : sectionRef.current?.querySelector(`#feedback-${state.answer}`);
    (target as HTMLElement | null | undefined)?.focus();
  }, [state.answer]);

  async function send(isHelpful: boolean, comment: string): Promise<FeedbackOutcome> {
    try {
      const response = await fetch("/api/faq/feedback", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ slug, locale, isHelpful, ...(comment ? { comment } : {}) }),
      });
      if (response.status === 429) return "throttled";
      if (!response.ok) return "failed";
      return ((await response.json()) as { recorded: boolean }).recorded ? "recorded" : "repeated";
    } catch {
      return "failed";
    }
  }

  async function vote(isHelpful: boolean) {
    setState({ answer: null, isSending: true, notice: "" });
    const outcome = await send(isHelpful, "");
    setState({ answer: feedbackAnswer({ isHelpful, hasComment: false, outcome }), isSending: false, notice: "" });
  }

  async function submitComment(event: FormEvent<HTMLFormElement>, isHelpful: boolean) {
    event.preventDefault();
    // Read from the form, not from state: text typed before hydration never reached React.
    const field = new FormData(event.currentTarget).get("comment");
    const comment = typeof field === "string" ? field.trim() : "";
    const answer = state.answer;
    if (comment === "") {
      setState({ answer: "thanks", isSending: false, notice: "" });
      return;
    }
    setState({ answer, isSending: true, notice: "" });
    const outcome = await send(isHelpful, comment);
    // A comment refused by the limit keeps its box and what was typed, to send again later.
    if (outcome === "throttled") setState({ answer, isSending: false, notice: labels.throttled });
    else setState({ answer: feedbackAnswer({ isHelpful, hasComment: true, outcome }), isSending: false, notice: "" });
  }

  // Before any answer in this page's life, every part follows the URL's fragment (a post without
  // JavaScript, or made before the scripts ran); after one, the state alone decides.
  // The question stays for another try after "too many" or an error; `feedback-done` marks the
  // answers that replace it.
  const shown = (answer: FeedbackAnswer) => {
    if (state.answer !== null) return state.answer === answer ? "block" : "hidden";
    return IS_FINAL[answer] ? "hidden target:block feedback-done" : "hidden target:block";
  };
  const canAsk = state.answer === null || !IS_FINAL[state.answer];
  const fields = (["slug", "locale"] as const).map((name) => <input key={name} type="hidden" name={name} value={name === "slug" ? slug : locale} />);

  const commentForm = (isHelpful: boolean, label: string) => {
    const id = `feedback-comment-${isHelpful ? "yes" : "no"}`;
    return (
      <form method="post" action="/api/faq/feedback" className="mt-3" onSubmit={(event) => void submitComment(event, isHelpful)}>
        {fields}
        <input type="hidden" name="isHelpful" value={String(isHelpful)} />
        <label htmlFor={id} className="block text-ink-900">
          {label}
        </label>
        <p id={`${id}-hint`} className="text-sm text-ink-700">
          {labels.commentHint}
        </p>
        <textarea id={id} name="comment" aria-describedby={`${id}-hint`} maxLength={1000} rows={3} className="mt-2 w-full rounded-xl border border-line p-3" />
        <button type="submit" className="btn-primary mt-2" disabled={state.isSending}>
          {labels.submit}
        </button>
      </form>
    );
  };

  return (
    <section ref={sectionRef} id="feedback" aria-labelledby="feedback-title" className="group/feedback mt-10 rounded-2xl border border-line bg-white p-5">
      <h2 id="feedback-title" tabIndex={-1} className="font-semibold text-ink-900">
        {labels.question}
      </h2>
      <form method="post" action="/api/faq/feedback" className={canAsk ? "mt-3 flex gap-3 group-has-[.feedback-done:target]/feedback:hidden" : "hidden"}>
        {fields}
        {([true, false] as const).map((isHelpful) => (
          <button
            key={String(isHelpful)}
            type="submit"
            name="isHelpful"
            value={String(isHelpful)}
            className="btn-secondary"
            disabled={state.isSending}
            onClick={(event) => {
              event.preventDefault();
              void vote(isHelpful);
            }}
          >
            {isHelpful ? labels.yes : labels.no}
          </button>
        ))}
      </form>
      <div id="feedback-helpful" tabIndex={-1} className={shown("helpful")}>
        <p className="mt-3 text-ink-900">{labels.helpfulLead}</p>
        {commentForm(true, labels.commentLabel)}
      </div>
      <div id="feedback-not-helpful" tabIndex={-1} className={shown("not-helpful")}>
        <p className="mt-3 text-ink-900">{labels.notHelpfulLead}</p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>
            <Link href="/diagnose" className="text-link">
              {labels.wizardLink}
            </Link>
          </li>
          <li>
            <Link href="/tickets/new" className="text-link">
              {labels.contactLink}
            </Link>
          </li>
        </ul>
        {commentForm(false, labels.missingLabel)}
      </div>
      {(Object.keys(MESSAGES) as Message[]).map((answer) => (
        // Without JavaScript only: with it, the live region below says the same.
        <p key={answer} id={`feedback-${answer}`} tabIndex={-1} className={`mt-3 text-ink-700 ${state.answer === null ? shown(answer) : "hidden"}`}>
          {labels[MESSAGES[answer]]}
        </p>
      ))}
      <p role="status" className="mt-3 text-ink-700">
        {state.notice || (isMessage(state.answer) ? labels[MESSAGES[state.answer]] : "")}
      </p>
    </section>
  );
}
