import { createHash } from "node:crypto";
import { isScriptLoader } from "@/lib/http/run-scripts-after-first-paint";

/*
 * Next's own inline scripts in a prerendered page: the Turbopack chunk bootstrap and the React
 * Server Components payload (self.__next_f.push(...)). Only scripts of these exact shapes are
 * hashed, so a <script> that ever slipped into the HTML some other way would still be refused
 * by the browser.
 */
const FIRST_PUSH = "(self.__next_f=self.__next_f||[]).push([0])";
const PAYLOAD = /^self\.__next_f\.push\(([\s\S]*)\)$/;
const BOOTSTRAP = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(([\s\S]*)\);?$/;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

function parsesAsJson(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** True only for a script that is one of Next's shapes with pure JSON data as its argument. */
export function isFrameworkInlineScript(body: string): boolean {
  if (body === FIRST_PUSH || isScriptLoader(body)) return true;
  const payload = parsesAsJson(PAYLOAD.exec(body)?.[1]);
  if (Array.isArray(payload)) return payload.length >= 1 && payload.length <= 2 && typeof payload[0] === "number";
  const bootstrap = parsesAsJson(BOOTSTRAP.exec(body)?.[1]);
  return typeof bootstrap === "object" && bootstrap !== null && !Array.isArray(bootstrap);
}

/** `sha256-…` sources for every framework inline script in the HTML, in document order. */
export function frameworkInlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const body = match[1] ?? "";
    if (!isFrameworkInlineScript(body)) continue;
    hashes.add(`sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`);
  }
  return [...hashes];
}
