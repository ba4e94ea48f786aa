import { isIP } from "node:net";

/**
 * The request header in which the portal's own HTTP server (scripts/portal-server.ts) passes
 * the client's address to Next. The server always overwrites it, so a client cannot choose it.
 */
export const CLIENT_IP_HEADER = "x-portal-client-ip";

/** Set by scripts/portal-server.ts in its own process: only then is CLIENT_IP_HEADER ours. */
export const CLIENT_IP_SERVER_ENV = "PORTAL_CLIENT_IP_FROM_SERVER";

/**
 * Also overwritten by the portal's server: "1" when the request arrived carrying a header a
 * reverse proxy adds, "0" otherwise. Next fills in X-Forwarded-For itself before route handlers
 * run, so only the server can still tell.
 */
export const CLIENT_FORWARDED_HEADER = "x-portal-client-forwarded";

const PROXY_HEADERS = ["forwarded", "x-forwarded-for", "x-real-ip", "x-forwarded-host", "x-forwarded-proto"] as const;

/** Whether a request as received carries any header that reverse proxies add. */
export function hasProxyHeaders(headers: Record<string, string | string[] | undefined>): boolean {
  return PROXY_HEADERS.some((name) => headers[name] !== undefined);
}

/** 127.0.0.0/8 or ::1, for an address as normalizeIp returns it. */
export function isLoopbackIp(ip: string): boolean {
  return ip === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ip);
}

/** A bare IPv4 or IPv6 address (IPv4-mapped IPv6 unwrapped, ports and brackets dropped), or null. */
export function normalizeIp(value: string | null | undefined): string | null {
  if (!value) return null;
  let candidate = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(candidate);
  if (bracketed) candidate = bracketed[1]!;
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(candidate);
  if (v4WithPort) candidate = v4WithPort[1]!;
  if (isIP(candidate) === 0) return null;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(candidate);
  return (mapped ? mapped[1]! : candidate).toLowerCase();
}

/**
 * The client's address. By default the TCP peer. Behind `trustedHops` reverse proxies (the
 * TRUSTED_PROXY_HOPS setting), each of them appends the address it received the request from
 * to X-Forwarded-For, so the client is the entry `trustedHops` places from the right of
 * [...X-Forwarded-For, peer]; anything further left was written by the client and is ignored.
 */
export function resolveClientIp(options: { peer: string | undefined; forwardedFor: string | string[] | undefined; trustedHops: number }): string {
  const peer = normalizeIp(options.peer);
  if (options.trustedHops <= 0) return peer ?? "unknown";
  const forwarded = [options.forwardedFor ?? []].flat().join(",");
  const chain = [...forwarded.split(",").map((part) => part.trim()).filter(Boolean), options.peer ?? ""];
  // Fewer entries than proxies: the request skipped a proxy; the furthest address is all we have.
  const candidate = chain[Math.max(chain.length - 1 - options.trustedHops, 0)];
  return normalizeIp(candidate) ?? peer ?? "unknown";
}
