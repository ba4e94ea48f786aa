import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { inlineStylesheets } from "@/lib/http/inline-stylesheets";
import { runScriptsAfterFirstPaint } from "@/lib/http/run-scripts-after-first-paint";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";
import { frameworkInlineScriptHashes } from "@/lib/security/framework-inline-scripts";

/*
 * A page Next prerendered at build time, as this instance's build folder holds it: the HTML
 * (its own stylesheets copied in, decision 024; scripts run after the first paint, decision 025), its gzip and brotli, an ETag and its Content-Security-Policy (the hashes of Next's inline scripts).
 * Null for a route rendered per request. `revalidates` marks a page Next regenerates at run
 * time (ISR): its hashes follow the new file, but only Next may serve it. Kept per file modification time: a derived, read-only cache of local files (a server serves
 * the build it started with; nothing here is shared between instances).
 */
export type PrerenderedPage = {
  html: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  etag: string;
  contentSecurityPolicy: string;
  revalidates: boolean;
  /**
   * Until when this file is current: forever for a static page; for a page Next regenerates
   * every N seconds (ISR), N seconds after Next last wrote it. After that only Next may answer
   * (it serves the old page once and writes the new file), see docs/decisions/019.
   */
  freshUntilMs: number;
};

const byRoute = new Map<string, { file: string; mtimeMs: number; page: PrerenderedPage }>();
let manifest: Manifest | null = null;

function distDir(): string {
  // Read at run time from the build folder, not bundled: keep the build from tracing the project.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.NEXT_DIST_DIR || ".next");
}

type ManifestRoute = { initialRevalidateSeconds?: number | false; srcRoute?: string };
type Manifest = {
  /** Prerendered routes → how often Next regenerates them (false: never) and their source route. */
  routes: Map<string, { revalidateSeconds: number | false; srcRoute: string | null }>;
  /** Dynamic routes whose other paths Next renders on first visit and then keeps (ISR). */
  dynamicRoutes: { regex: RegExp; srcRoute: string }[];
  /** Source route (/[locale]/faq/[slug]) → the folder Next writes its regenerated pages to. */
  cacheDirs: Map<string, string>;
};

/*
 * Next 16 writes a page it regenerates at run time not over the build's file but under
 * server/route-cache/APP_PAGE/<sha256 of the app page>/$<route>.html (next/dist/server/lib/
 * route-cache-key.js). The newest of the two files is what Next serves, so it is what gets hashed.
 */
function loadManifest(): Manifest {
  const dist = distDir();
  const prerender = JSON.parse(fs.readFileSync(path.join(dist, "prerender-manifest.json"), "utf8")) as {
    routes: Record<string, ManifestRoute>;
    dynamicRoutes?: Record<string, { routeRegex?: string }>;
  };
  const appPaths = Object.keys(JSON.parse(fs.readFileSync(path.join(dist, "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>);
  const cacheDirs = new Map<string, string>();
  for (const appPage of appPaths) {
    const source = appPage.replace(/\/\([^/]+\)/g, "").replace(/\/page$/, "") || "/";
    cacheDirs.set(source, path.join(dist, "server", "route-cache", "APP_PAGE", createHash("sha256").update(appPage).digest("hex")));
  }
  return {
    routes: new Map(Object.entries(prerender.routes).map(([route, entry]) => [route, { revalidateSeconds: entry.initialRevalidateSeconds ?? false, srcRoute: entry.srcRoute ?? null }])),
    dynamicRoutes: Object.entries(prerender.dynamicRoutes ?? {}).flatMap(([srcRoute, entry]) => (entry.routeRegex ? [{ regex: new RegExp(entry.routeRegex), srcRoute }] : [])),
    cacheDirs,
  };
}

function newestFile(files: string[]): { file: string; mtimeMs: number } | null {
  let newest: { file: string; mtimeMs: number } | null = null;
  for (const file of files) {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat && (!newest || stat.mtimeMs > newest.mtimeMs)) newest = { file, mtimeMs: stat.mtimeMs };
  }
  return newest;
}

/** The HTML file Next serves for a route now, and how often it regenerates, or null. */
function currentFile(route: string): { file: string; mtimeMs: number; revalidateSeconds: number | false } | null {
  manifest ??= loadManifest();
  const entry = manifest.routes.get(route);
  const buildFile = path.join(distDir(), "server", "app", `${route}.html`);
  if (entry?.revalidateSeconds === false) {
    const built = newestFile([buildFile]);
    return built && { ...built, revalidateSeconds: false };
  }
  const srcRoute = entry ? (entry.srcRoute ?? route) : manifest.dynamicRoutes.find((d) => d.regex.test(route))?.srcRoute;
  if (!srcRoute) return null;
  const cacheDir = manifest.cacheDirs.get(srcRoute);
  const cacheFile = cacheDir ? path.join(cacheDir, `$${route}.html`) : null;
  const newest = newestFile([...(entry ? [buildFile] : []), ...(cacheFile ? [cacheFile] : [])]);
  if (!newest) return null;
  if (entry) return { ...newest, revalidateSeconds: entry.revalidateSeconds };
  // A path rendered after the build: its interval is in the .meta file Next wrote beside it.
  const meta = JSON.parse(fs.readFileSync(newest.file.replace(/\.html$/, ".meta"), "utf8")) as { cacheControl?: { revalidate?: number | false } };
  return { ...newest, revalidateSeconds: meta.cacheControl?.revalidate ?? false };
}

/** A stylesheet of this build by its public path (/_next/static/…), or null. */
function readStylesheet(href: string): string | null {
  try {
    return fs.readFileSync(path.join(distDir(), href.replace(/^\/_next\//, "")), "utf8");
  } catch {
    return null;
  }
}

/** `route` is the internal path, e.g. /zh-CN/faq (see proxy.ts). */
export function prerenderedPage(route: string): PrerenderedPage | null {
  try {
    const current = currentFile(route);
    if (!current) return null;
    const { file, mtimeMs, revalidateSeconds } = current;
    const cached = byRoute.get(route);
    if (cached?.file === file && cached.mtimeMs === mtimeMs) return cached.page;
    const written = fs.readFileSync(file, "utf8");
    // Next rewrites a regenerated page's file in place: a read while it writes sees part of it.
    // Its policy would hash no scripts (a fresh clone's run saw /faq/category/credit served with
    // `script-src 'self'` alone, every inline script blocked), so until the file is whole the
    // last complete version stands, or Next renders the page (then the nonce policy applies).
    if (!written.trimEnd().endsWith("</html>")) return cached?.page ?? null;
    const styled = inlineStylesheets(written, readStylesheet);
    const html = Buffer.from(runScriptsAfterFirstPaint(styled));
    const page = {
      html,
      gzip: zlib.gzipSync(html, { level: 9 }),
      brotli: zlib.brotliCompressSync(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: html.length } }),
      etag: `"${createHash("sha256").update(html).digest("base64url").slice(0, 27)}"`,
      contentSecurityPolicy: contentSecurityPolicy({ kind: "hashes", hashes: frameworkInlineScriptHashes(html.toString("utf8")) }),
      revalidates: revalidateSeconds !== false,
      freshUntilMs: revalidateSeconds === false ? Infinity : mtimeMs + revalidateSeconds * 1000,
    };
    byRoute.set(route, { file, mtimeMs, page });
    return page;
  } catch {
    // No build folder (the dev server) or no HTML file: Next renders the page.
    return null;
  }
}
