// The portal's HTTP server: Next.js in this process, behind a plain Node server that records
// each request's client address (docs/decisions/007-client-ip.md). Started by scripts/start.ts
// (`npm start`, `npm run dev`), which has already prepared the database and the environment.
import http from "node:http";
import next from "next";
import path from "node:path";
import { JOB_RUNNER_ENV } from "../lib/jobs/job-runner-env";
import { CLIENT_FORWARDED_HEADER, CLIENT_IP_HEADER, CLIENT_IP_SERVER_ENV, hasProxyHeaders, resolveClientIp } from "../lib/http/client-address";
import { servePrerenderedPage } from "../lib/http/serve-prerendered-page";

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

main().catch((error: unknown) => {
  console.error(`The web server could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
