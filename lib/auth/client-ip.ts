import { CLIENT_IP_HEADER, CLIENT_IP_SERVER_ENV, normalizeIp } from "@/lib/http/client-address";

/**
 * The client's IP for throttling and the audit log: what the portal's own HTTP server
 * (scripts/portal-server.ts) recorded from the TCP connection, honouring X-Forwarded-For only
 * from TRUSTED_PROXY_HOPS configured proxies (docs/decisions/007-client-ip.md). Route handlers
 * cannot see the socket, so the server passes it in a header it always overwrites. Without that
 * server (e.g. a bare `next start`) the header could be forged, so it is ignored: "unknown".
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined> | undefined): string {
  if (process.env[CLIENT_IP_SERVER_ENV] !== "1" || !headers) return "unknown";
  const raw = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers[CLIENT_IP_HEADER];
  return normalizeIp(Array.isArray(raw) ? raw[0] : raw) ?? "unknown";
}
