"use client";

import { useEffect, useState } from "react";
import { readSessionHint } from "@/lib/auth/session-hint";

export type SignedInUser = { id: string; role: string; name: string; locale: string };

/** GET /api/auth/me from the browser: the user, or null when signed out or unreachable. */
async function fetchSignedInUser(): Promise<SignedInUser | null> {
  try {
    const response = await fetch("/api/auth/me", { credentials: "same-origin", cache: "no-store" });
    if (!response.ok) return null;
    const body = (await response.json()) as { user?: SignedInUser };
    return body.user ?? null;
  } catch {
    return null;
  }
}

/**
 * Who is signed in, for the parts of a static page that depend on it: null until known, and
 * null for anonymous visitors, who make no request at all (the session hint cookie says so).
 */
export function useSignedInUser(): SignedInUser | null {
  const [user, setUser] = useState<SignedInUser | null>(null);
  useEffect(() => {
    if (!readSessionHint(document.cookie)) return;
    let isCurrent = true;
    void fetchSignedInUser().then((me) => {
      if (isCurrent) setUser(me);
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  return user;
}
