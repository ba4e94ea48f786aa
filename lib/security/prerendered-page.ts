import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";
import { frameworkInlineScriptHashes } from "@/lib/security/framework-inline-scripts";

/*
 * A page Next prerendered at build time, as this instance's build folder holds it: the HTML,
 * its gzip, an ETag and its Content-Security-Policy (the hashes of Next's inline scripts).
 * Null for a route rendered per request. `revalidates` marks a page Next regenerates at run
 * time (ISR): its hashes follow the new file, but only Next may serve it. Kept per file modification time: a derived, read-only cache of local files (a server serves
 * the build it started with; nothing here is shared between instances).
 */
export type PrerenderedPage = { html: Buffer; gzip: Buffer; etag: string; contentSecurityPolicy: string; revalidates: boolean };

const byRoute = new Map<string, { mtimeMs: number; page: PrerenderedPage }>();
let manifestRoutes: Map<string, boolean> | null = null;

function distDir(): string {
  // Read at run time from the build folder, not bundled: keep the build from tracing the project.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.NEXT_DIST_DIR || ".next");
}

type ManifestRoute = { initialRevalidateSeconds?: number | false };

/** Prerendered routes → whether Next regenerates them at run time. */
function prerenderedRoutes(): Map<string, boolean> {
  if (!manifestRoutes) {
    const manifest = JSON.parse(fs.readFileSync(path.join(distDir(), "prerender-manifest.json"), "utf8")) as { routes: Record<string, ManifestRoute> };
    manifestRoutes = new Map(Object.entries(manifest.routes).map(([route, entry]) => [route, entry.initialRevalidateSeconds !== false]));
  }
  return manifestRoutes;
}

/** `route` is the internal path, e.g. /zh-CN/faq (see proxy.ts). */
export function prerenderedPage(route: string): PrerenderedPage | null {
  try {
    const revalidates = prerenderedRoutes().get(route);
    if (revalidates === undefined) return null;
    const file = path.join(distDir(), "server", "app", `${route}.html`);
    const { mtimeMs } = fs.statSync(file);
    const cached = byRoute.get(route);
    if (cached?.mtimeMs === mtimeMs) return cached.page;
    const html = fs.readFileSync(file);
    const page = {
      html,
      gzip: zlib.gzipSync(html, { level: 9 }),
      etag: `"${createHash("sha256").update(html).digest("base64url").slice(0, 27)}"`,
      contentSecurityPolicy: contentSecurityPolicy({ kind: "hashes", hashes: frameworkInlineScriptHashes(html.toString("utf8")) }),
      revalidates,
    };
    byRoute.set(route, { mtimeMs, page });
    return page;
  } catch {
    // No build folder (the dev server) or no HTML file: Next renders the page.
    return null;
  }
}
