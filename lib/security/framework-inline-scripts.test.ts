import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { scriptLoader } from "@/lib/http/run-scripts-after-first-paint";
import { frameworkInlineScriptHashes } from "@/lib/security/framework-inline-scripts";

const sha = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

describe("frameworkInlineScriptHashes", () => {
  it("hashes Next's bootstrap and payload scripts, not external or foreign ones", () => {
    const bootstrap = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[1]});';
    const first = "(self.__next_f=self.__next_f||[]).push([0])";
    const payload = 'self.__next_f.push([1,"0:\\"$L1\\"\\n<\\/script>"])';
    const html = [
      `<script id="_R_">${bootstrap}</script>`,
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      `<script>${first}</script>`,
      `<script>${payload}</script>`,
      "<script>alert(document.cookie)</script>",
      '<script>self.__next_f.push([1,"x"]);alert(1)</script>',
      '<script>self.__next_f.push([1,"x"]);alert(1);f("])</script>',
    ].join("");
    expect(frameworkInlineScriptHashes(html)).toEqual([sha(bootstrap), sha(first), sha(payload)]);
  });

  it("hashes the portal's own after-first-paint loader, and only with this build's asset paths", () => {
    const loader = scriptLoader(["/_next/static/chunks/a.js"], ["/_next/static/chunks/a.css"]);
    const foreign = scriptLoader(["https://cdn.example/x.js"]);
    expect(frameworkInlineScriptHashes(`<script>${loader}</script><script>${foreign}</script>`)).toEqual([sha(loader)]);
  });

  it("finds nothing in a page without inline scripts", () => {
    expect(frameworkInlineScriptHashes("<html><body><p>hi</p></body></html>")).toEqual([]);
  });
});
