import fs from "node:fs";
import path from "node:path";
import { frameworkInlineScriptHashes } from "@/lib/security/framework-inline-scripts";

/*
 * For a path Next serves from its prerendered HTML (the build's prerender-manifest), the hashes
 * of that HTML's framework scripts; null for pages rendered per request. Read from this
 * instance's own build folder (a server serves the build it started with, so the manifest is
 * read once) and kept per file modification time, so a page Next regenerates is hashed again:
 * a derived, read-only cache of local files, nothing shared between instances.
 */
type Entry = { mtimeMs: number; hashes: string[] };
const byFile = new Map<string, Entry>();
let routes: Set<string> | null = null;

function distDir(): string {
  return path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next");
}

function prerenderedRoutes(): Set<string> {
  routes ??= new Set(Object.keys((JSON.parse(fs.readFileSync(path.join(distDir(), "prerender-manifest.json"), "utf8")) as { routes: object }).routes));
  return routes;
}

export function prerenderedPageHashes(routePath: string): string[] | null {
  try {
    if (!prerenderedRoutes().has(routePath)) return null;
    const file = path.join(distDir(), "server", "app", `${routePath}.html`);
    const { mtimeMs } = fs.statSync(file);
    const cached = byFile.get(file);
    if (cached?.mtimeMs === mtimeMs) return cached.hashes;
    const hashes = frameworkInlineScriptHashes(fs.readFileSync(file, "utf8"));
    byFile.set(file, { mtimeMs, hashes });
    return hashes;
  } catch {
    // No build folder (dev server) or no HTML file: treat the page as rendered per request.
    return null;
  }
}
