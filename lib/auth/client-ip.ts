import { CLIENT_FORWARDED_HEADER, CLIENT_IP_HEADER, CLIENT_IP_SERVER_ENV, isLoopbackIp, normalizeIp } from "@/lib/http/client-address";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function header(headers: Headers | Record<string, string | string[] | undefined>, name: string): string | undefined {
  const raw = headers instanceof Headers ? headers.get(name) : headers[name];
  return (Array.isArray(raw) ? raw[0] : raw) ?? undefined;
}

/**
 * The client's IP for throttling and the audit log: what the portal's own HTTP server
 * (scripts/portal-server.ts) recorded from the TCP connection, honouring X-Forwarded-For only
 * from TRUSTED_PROXY_HOPS configured proxies (docs/decisions/007-client-ip.md). Route handlers
 * cannot see the socket, so the server passes it in a header it always overwrites. Without that
 * server (e.g. a bare `next start`) the header could be forged, so it is ignored: "unknown".
 */
export function clientIp(headers: HeaderSource): string {
  if (process.env[CLIENT_IP_SERVER_ENV] !== "1" || !headers) return "unknown";
  return normalizeIp(header(headers, CLIENT_IP_HEADER)) ?? "unknown";
}

/**
 * Whether the request was made on this machine itself: its TCP peer is a loopback address and
 * it carried no header a reverse proxy adds (a proxy on the same host would otherwise relay
 * anyone's request from 127.0.0.1). False without the portal's server, which alone can tell.
 */
export function isDirectLocalRequest(headers: HeaderSource): boolean {
  if (process.env[CLIENT_IP_SERVER_ENV] !== "1" || !headers) return false;
  return isLoopbackIp(clientIp(headers)) && header(headers, CLIENT_FORWARDED_HEADER) === "0";
}
