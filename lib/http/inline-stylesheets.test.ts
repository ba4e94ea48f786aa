import { describe, expect, it } from "vitest";
import { inlineStylesheets } from "@/lib/http/inline-stylesheets";

const link = (name: string) => `<link rel="stylesheet" href="/_next/static/chunks/${name}.css" data-precedence="next"/>`;
const page = (...names: string[]) => `<html><head><meta charSet="utf-8"/>${names.map(link).join("")}<script src="/a.js" async=""></script></head><body><p>Hi</p></body></html>`;

describe("inlineStylesheets", () => {
  it("puts the stylesheet into the page and keeps the link for print only", () => {
    const html = inlineStylesheets(page("app"), (href) => (href === "/_next/static/chunks/app.css" ? "p{color:red}" : null));
    expect(html).toContain('<style>p{color:red}</style><link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next" media="print"/>');
    expect(html.match(/<link rel="stylesheet"/g)).toHaveLength(1);
  });

  it("leaves a link alone when its file is missing, too big or could close the style element", () => {
    expect(inlineStylesheets(page("gone"), () => null)).toBe(page("gone"));
    expect(inlineStylesheets(page("big"), () => "x".repeat(100), 50)).toBe(page("big"));
    expect(inlineStylesheets(page("odd"), () => "a{content:'</style><script>'}")).toBe(page("odd"));
  });

  it("inlines stylesheets in order until the budget is spent", () => {
    const html = inlineStylesheets(page("one", "two"), () => "b{}".repeat(10), 40);
    expect(html).toContain(`<style>${"b{}".repeat(10)}</style>`);
    expect(html).toContain(link("two"));
  });

  it("touches nothing else: other links, scripts and the body stay byte for byte", () => {
    const source = `${page("app")}<link rel="preload" as="script" href="/x.js"/>`;
    const html = inlineStylesheets(source, () => "p{}");
    expect(html.replace("<style>p{}</style>", "").replace(' media="print"', "")).toBe(source);
  });
});
