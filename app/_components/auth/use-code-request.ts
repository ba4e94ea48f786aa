"use client";

import { useEffect, useState } from "react";

export type CodeRequestOutcome = { kind: "sent" } | { kind: "throttled"; seconds: number } | { kind: "invalid" } | { kind: "unavailable" };

/**
 * Asks POST /api/auth/code for a code and keeps the "send again" countdown. The countdown runs
 * from the server's answer (202 says when, 429 says how long), not from a guess in the browser.
 */
export function useCodeRequest(purpose: "sign-in" | "password") {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [resendAt, setResendAt] = useState(0);
  const [now, setNow] = useState(0);
  const [isSending, setIsSending] = useState(false);

  useEffect(() => {
    if (resendAt <= now) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [resendAt, now]);

  async function request(phone: string): Promise<CodeRequestOutcome> {
    setIsSending(true);
    try {
      const response = await fetch("/api/auth/code", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ phone, purpose }),
      });
      const body = (await response.json().catch(() => ({}))) as { resendAfterSeconds?: number; retryAfterSeconds?: number };
      const wait = (seconds: number | undefined) => {
        setNow(Date.now());
        setResendAt(Date.now() + (seconds ?? 60) * 1000);
      };
      if (response.status === 202) {
        setSentTo(phone);
        wait(body.resendAfterSeconds);
        return { kind: "sent" };
      }
      if (response.status === 429) {
        wait(body.retryAfterSeconds);
        return { kind: "throttled", seconds: body.retryAfterSeconds ?? 60 };
      }
      return response.status === 400 ? { kind: "invalid" } : { kind: "unavailable" };
    } catch {
      return { kind: "unavailable" };
    } finally {
      setIsSending(false);
    }
  }

  const secondsLeft = Math.max(0, Math.ceil((resendAt - now) / 1000));
  return { sentTo, secondsLeft, isSending, request, forget: () => setSentTo(null) };
}
