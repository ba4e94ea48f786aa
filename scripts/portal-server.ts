// The portal's HTTP server: Next.js in this process, behind a plain Node server that records
// each request's client address (docs/decisions/007-client-ip.md). Started by scripts/start.ts
// (`npm start`, `npm run dev`), which has already prepared the database and the environment.
import http from "node:http";
import next from "next";
import path from "node:path";
import { JOB_RUNNER_ENV } from "../lib/jobs/job-runner-env";
import { CLIENT_FORWARDED_HEADER, CLIENT_IP_HEADER, CLIENT_IP_SERVER_ENV, hasProxyHeaders, resolveClientIp } from "../lib/http/client-address";
import { describeApiMethodNotAllowed } from "../lib/http/api-method-not-allowed";
import { refuseMalformedRequest } from "../lib/http/refuse-malformed-request";
import { responseSecurityHeaders } from "../lib/http/response-security-headers";
import { servePrerenderedPage } from "../lib/http/serve-prerendered-page";
import { perRequestContentSecurityPolicy } from "../lib/security/content-security-policy";

const isDev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const trustedHops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
const root = path.resolve(__dirname, "..");

async function main() {
  // Route handlers trust CLIENT_IP_HEADER only in a process where this server overwrites it.
  process.env[CLIENT_IP_SERVER_ENV] = "1";
  // Every instance starts the periodic jobs (instrumentation.ts); one at a time runs them (lib/jobs).
  if (process.env.PORTAL_JOBS !== "off") process.env[JOB_RUNNER_ENV] = "1";
  const app = next({ dev: isDev, dir: root, port, hostname: "localhost", ...(isDev ? { turbopack: true } : {}) });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((request, response) => {
    // Overwrite whatever the client sent under this name: only the socket (and the configured
    // proxies' X-Forwarded-For entries) decide the address.
    request.headers[CLIENT_IP_HEADER] = resolveClientIp({
      peer: request.socket.remoteAddress,
      forwardedFor: request.headers["x-forwarded-for"],
      trustedHops,
    });
    // Next adds X-Forwarded-For itself later: record now whether a proxy relayed this request.
    request.headers[CLIENT_FORWARDED_HEADER] = hasProxyHeaders(request.headers) ? "1" : "0";
    setSecurityHeaders(request, response);
    // Methods and paths Next would answer with a bare 500.
    const refusal = refuseMalformedRequest(request);
    if (refusal) return void send(response, refusal);
    describeApiMethodNotAllowed(request, response);
    // Prerendered public pages straight from memory (docs/decisions/006-static-public-pages.md);
    // everything else, and anything the fast path is unsure of, goes to Next.
    if (!isDev && servePrerenderedPage(request, response)) return;
    void handle(request, response);
  });
  server.keepAliveTimeout = 65_000;

  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
    void app.close();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, resolve);
  });
  // The start script prints "Portal ready" when this arrives; run alone, say it here.
  if (process.send) process.send({ type: "listening", port });
  else console.log(`Portal ready on http://localhost:${port}`);
}

/**
 * Every answer carries the security headers, whoever writes it: Next's 404s for file-like paths
 * and the API never pass proxy.ts. The policy here is a per-request nonce; proxy.ts and the fast
 * path replace it with the page's own (hashes for a prerendered page). Next puts the nonce on
 * the scripts it renders when the request carries the policy, so that header is always ours.
 */
function setSecurityHeaders(request: http.IncomingMessage, response: http.ServerResponse) {
  for (const [name, value] of Object.entries(responseSecurityHeaders())) response.setHeader(name, value);
  const policy = perRequestContentSecurityPolicy();
  request.headers["content-security-policy"] = policy;
  response.setHeader("Content-Security-Policy", policy);
}

async function send(response: http.ServerResponse, answer: Response) {
  response.statusCode = answer.status;
  answer.headers.forEach((value, name) => response.setHeader(name, value));
  response.end(Buffer.from(await answer.arrayBuffer()));
}

main().catch((error: unknown) => {
  console.error(`The web server could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
