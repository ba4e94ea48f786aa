import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { config } from "@/proxy";

/*
 * proxy.ts runs for every page and every 404, and for nothing that is a real file: a file in
 * public/ or a metadata route of app/ would otherwise be rewritten to /<locale>/… and vanish.
 * Its matcher lists those by name, so a new one must be added there: this test finds them.
 */
const root = path.resolve(__dirname, "..", "..");
const matchers = config.matcher.map((source) => new RegExp(`^${source}$`));
const runsProxy = (pathname: string) => matchers.some((matcher) => matcher.test(pathname));

function publicFiles(folder = path.join(root, "public"), prefix = ""): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? publicFiles(path.join(folder, entry.name), `${prefix}/${entry.name}`) : [`${prefix}/${entry.name}`],
  );
}

/** app/sitemap.ts → /sitemap.xml, app/robots.ts → /robots.txt, app/icon.png → /icon.png, … */
function metadataRoutes(): string[] {
  const extensions: Record<string, string> = { sitemap: ".xml", robots: ".txt", manifest: ".webmanifest" };
  return fs
    .readdirSync(path.join(root, "app"))
    .map((name) => /^(sitemap|robots|manifest|icon|apple-icon|favicon|opengraph-image|twitter-image)\.(\w+)$/.exec(name))
    .filter((match) => match !== null)
    .map(([, base, extension]) => `/${base}${extensions[base!] ?? `.${extension}`}`);
}

describe("proxy matcher", () => {
  it("leaves every file of public/ and every metadata route of app/ alone", () => {
    const files = [...publicFiles(), ...metadataRoutes()];
    expect(files).toContain("/sitemap.xml");
    for (const file of files) expect(runsProxy(file), file).toBe(false);
  });

  it("leaves the API and Next's own files alone", () => {
    for (const pathname of ["/api/health", "/api/tickets/1", "/_next/static/chunks/a.js", "/_next/image"]) expect(runsProxy(pathname), pathname).toBe(false);
  });

  it("runs for pages and for every other path, file-like ones included (their 404 is a page)", () => {
    for (const pathname of ["/", "/faq", "/agent/tickets/1", "/nothing.txt", "/a/b.png", "/x.js", "/y.xml", "/favicon.ico", "/faq/sitemap.xml"]) {
      expect(runsProxy(pathname), pathname).toBe(true);
    }
  });
});
