import fs from "node:fs";
import path from "node:path";

/*
 * Every page and route handler under app/, found on disk, so that the authorization matrix and
 * the API fuzzer cover a new one without being edited. A page's public URL drops route groups
 * "(x)" and the internal "[locale]" segment (proxy.ts puts the locale there); dynamic segments
 * stay as written ("/agent/tickets/[id]") and the test's table gives an example URL.
 */

const appDir = path.resolve(__dirname, "..", "..", "..", "app");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

function filesNamed(pattern: RegExp): string[] {
  return fs
    .readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((file) => pattern.test(path.basename(file)))
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => !file.split("/").some((segment) => segment.startsWith("_")))
    .sort();
}

/** A file's public URL path: "[locale]/(agent)/agent/faq/[id]/page.tsx" is "/agent/faq/[id]". */
export function publicPath(file: string): string {
  const segments = path.posix
    .dirname(file)
    .split("/")
    .filter((segment) => segment !== "." && segment !== "[locale]" && !/^\(.*\)$/.test(segment) && !segment.startsWith("@"));
  return `/${segments.join("/")}`;
}

export function discoverPages(): string[] {
  return [...new Set(filesNamed(/^page\.(tsx|ts|jsx|js|mdx)$/).map(publicPath))].sort();
}

export type RouteHandler = { path: string; methods: string[] };

export function discoverRouteHandlers(): RouteHandler[] {
  return filesNamed(/^route\.(ts|js)$/).map((file) => {
    const source = fs.readFileSync(path.join(appDir, file), "utf8");
    const methods = HTTP_METHODS.filter((method) =>
      new RegExp(`export\\s+(async\\s+)?(function|const|let)\\s+${method}\\b|export\\s*\\{[^}]*\\bas\\s+${method}\\b`).test(source),
    );
    return { path: publicPath(file), methods };
  });
}

/** "GET /api/health" for every exported method of every route handler. */
export function discoverEndpoints(): string[] {
  return discoverRouteHandlers().flatMap((route) => route.methods.map((method) => `${method} ${route.path}`));
}
