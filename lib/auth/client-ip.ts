/**
 * The client's IP as reported by the reverse proxy in front of the portal: the first hop of
 * X-Forwarded-For, else X-Real-IP. These headers are only trustworthy when that proxy
 * overwrites them; anybody can send them straight to an exposed Next server. A spoofed value
 * only dodges the per-IP counter: the per-account counter still applies
 * (docs/decisions/004-authentication.md).
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined> | undefined): string {
  const get = (name: string): string | undefined => {
    if (!headers) return undefined;
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  const candidate = forwarded || get("x-real-ip")?.trim() || "";
  // Keys and audit rows hold at most an IPv6 literal's worth of characters.
  return /^[0-9a-fA-F:.]{2,45}$/.test(candidate) ? candidate.replace(/^::ffff:/i, "") : "unknown";
}
