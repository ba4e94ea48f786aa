"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { fillTemplate } from "@/lib/i18n/fill-template";
import { heartbeatAction, sendReplyAction } from "./actions";
import type { ReplyState } from "./reply-state";

export type ReplyLabels = Record<
  "reply" | "body" | "visibility" | "visibilityPublic" | "visibilityInternal" | "waitForCustomer" | "macro" | "macroNone" | "macroInsert" | "send" | "sendAnyway" | "sent" | "sentSms" | "smsFailed" | "changed" | "changedAssignee" | "latest" | "bodyRequired" | "viewing" | "replying" | "retry" | "claimedPause",
  string
> & { statuses: Record<string, string> };

type Props = { number: number; version: number; macros: { id: string; title: string; text: string }[]; labels: ReplyLabels };

const HEARTBEAT_MS = 20_000;

/**
 * The reply box. Whatever was typed survives a stale ticket, a validation problem and a database
 * error (the server action hands the draft back). A heartbeat tells PostgreSQL this agent is here
 * and whether they are typing, and shows who else is.
 */
export function ReplyForm({ number, version, macros, labels }: Props) {
  const [state, action, pending] = useActionState<ReplyState, FormData>(sendReplyAction, { kind: "idle" });
  const [others, setOthers] = useState<{ name: string; isReplying: boolean }[]>([]);
  const [typing, setTyping] = useState(false);
  const [macroId, setMacroId] = useState("");
  const body = useRef<HTMLTextAreaElement>(null);
  const draft = "draft" in state ? state.draft : state.kind === "sent" ? "" : undefined;

  useEffect(() => {
    let live = true;
    const beat = () => void heartbeatAction(number, typing).then((r) => live && setOthers(r.others)).catch(() => undefined);
    beat();
    const timer = setInterval(beat, HEARTBEAT_MS);
    return () => { live = false; clearInterval(timer); };
  }, [number, typing]);

  useEffect(() => {
    if (draft !== undefined && body.current) body.current.value = draft;
  }, [state, draft]);

  const viewing = others.filter((o) => !o.isReplying).map((o) => o.name);
  const replying = others.filter((o) => o.isReplying).map((o) => o.name);
  const currentVersion = state.kind === "changed" ? state.version : state.kind === "sent" ? state.version : version;

  return (
    <section aria-labelledby="reply-heading" className="mt-6 rounded-xl border border-line bg-white p-4">
      <h2 id="reply-heading" className="text-lg font-semibold text-ink-900">{labels.reply}</h2>
      <div aria-live="polite">
        {replying.length > 0 ? <p className="mt-2 rounded bg-amber-50 p-2 text-amber-950">{fillTemplate(labels.replying, { names: replying.join(", ") })}</p> : null}
        {viewing.length > 0 ? <p className="mt-2 rounded bg-calm-50 p-2 text-ink-800">{fillTemplate(labels.viewing, { names: viewing.join(", ") })}</p> : null}
      </div>
      <form action={action} onSubmit={() => setTyping(false)} className="mt-3 grid gap-3">
        <input type="hidden" name="number" value={number} />
        <input type="hidden" name="version" value={currentVersion} />
        {state.kind === "changed" ? <input type="hidden" name="sendAnyway" value="1" /> : null}
        <div className="flex flex-wrap items-end gap-2">
          <label className="text-sm font-medium text-ink-800">
            {labels.macro}
            <select value={macroId} onChange={(e) => setMacroId(e.target.value)} className="mt-1 block rounded-md border border-line bg-white px-2 py-2">
              <option value="">{labels.macroNone}</option>
              {macros.map((m) => <option key={m.id} value={m.id}>{m.title}</option>)}
            </select>
          </label>
          <button type="button" className="btn-secondary min-h-10 px-3 py-1" disabled={!macroId} onClick={() => {
            const macro = macros.find((m) => m.id === macroId);
            if (macro && body.current) { body.current.value = body.current.value ? `${body.current.value}\n\n${macro.text}` : macro.text; setTyping(true); body.current.focus(); }
          }}>{labels.macroInsert}</button>
        </div>
        <label className="text-sm font-medium text-ink-800">
          {labels.body}
          <textarea ref={body} name="body" required maxLength={5000} rows={6} onInput={(e) => setTyping(e.currentTarget.value.length > 0)} className="mt-1 block w-full rounded-md border border-line p-2" aria-invalid={state.kind === "invalid"} />
        </label>
        <fieldset className="text-sm text-ink-800">
          <legend className="font-medium">{labels.visibility}</legend>
          <label className="mr-4"><input type="radio" name="visibility" value="PUBLIC" defaultChecked /> {labels.visibilityPublic}</label>
          <label><input type="radio" name="visibility" value="INTERNAL" /> {labels.visibilityInternal}</label>
        </fieldset>
        <label className="text-sm text-ink-800"><input type="checkbox" name="waitForCustomer" /> {labels.waitForCustomer}</label>
        <div role="status" aria-live="polite">
          {state.kind === "sent" ? <p className={state.sms === "failed" ? "text-red-800" : "text-brand-800"}>{state.sms === "sent" ? labels.sentSms : state.sms === "failed" ? labels.smsFailed : labels.sent}</p> : null}
          {state.kind === "invalid" ? <p className="text-red-800">{labels.bodyRequired}</p> : null}
          {state.kind === "retry" ? <p className="text-red-800">{labels.retry}</p> : null}
          {state.kind === "claimed" ? <p className="text-red-800">{fillTemplate(labels.claimedPause, { name: state.holder })}</p> : null}
        </div>
        {state.kind === "changed" ? (
          <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950">
            <p>{fillTemplate(labels.changed, { status: labels.statuses[state.status] ?? state.status, assignee: state.assigneeName ? fillTemplate(labels.changedAssignee, { name: state.assigneeName }) : "" })}</p>
            <p className="mt-2 font-semibold">{labels.latest}</p>
            <ul className="list-disc pl-5">{state.latest.map((m) => <li key={m.createdAt + m.body.slice(0, 20)}>{m.authorName ?? "—"}: {m.body}</li>)}</ul>
          </div>
        ) : null}
        <div><button type="submit" className="btn-primary" disabled={pending}>{state.kind === "changed" ? labels.sendAnyway : labels.send}</button></div>
      </form>
    </section>
  );
}
