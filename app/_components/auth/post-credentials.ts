/*
 * What next-auth/react's signIn(provider, { redirect: false }) does, without shipping its
 * client runtime to every page: fetch a CSRF token, post the credentials to
 * /api/auth/callback/<provider>, and read the refusal reason from the answer's URL.
 */
export type CredentialsResult = { ok: true } | { ok: false; error: string | null };

export async function postCredentials(provider: string, fields: Record<string, string>, callbackUrl: string): Promise<CredentialsResult> {
  const csrf = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken?: string };
  const response = await fetch(`/api/auth/callback/${encodeURIComponent(provider)}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
    body: new URLSearchParams({ ...fields, csrfToken: csrf.csrfToken ?? "", callbackUrl, json: "true" }),
  });
  const data = (await response.json().catch(() => ({}))) as { url?: string };
  const error = data.url ? new URL(data.url, window.location.origin).searchParams.get("error") : "unavailable";
  return response.ok && !error ? { ok: true } : { ok: false, error };
}
