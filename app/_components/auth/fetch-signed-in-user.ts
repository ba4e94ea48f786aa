export type SignedInUser = { id: string; role: string; name: string; locale: string };

/** GET /api/auth/me from the browser: the user, or null when signed out or unreachable. */
export async function fetchSignedInUser(): Promise<SignedInUser | null> {
  try {
    const response = await fetch("/api/auth/me", { credentials: "same-origin", cache: "no-store" });
    if (!response.ok) return null;
    const body = (await response.json()) as { user?: SignedInUser };
    return body.user ?? null;
  } catch {
    return null;
  }
}
