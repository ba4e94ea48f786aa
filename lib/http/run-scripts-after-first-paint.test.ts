import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { isScriptLoader, runScriptsAfterFirstPaint, scriptLoader } from "@/lib/http/run-scripts-after-first-paint";

const chunk = (name: string) => `<script src="/_next/static/chunks/${name}.js" async=""></script>`;
const printLink = '<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next" media="print"/>';
const page =
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/><style>p{}</style>${printLink}` +
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/c.js"/><link rel="preload" as="image" href="/x.png"/>` +
  `${chunk("a")}${chunk("b")}<script src="/_next/static/chunks/old.js" noModule=""></script></head>` +
  `<body><main id="main"><p>Hi</p></main><script id="_R_">x</script>${chunk("c")}${chunk("a")}<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>`;

describe("runScriptsAfterFirstPaint", () => {
  const html = runScriptsAfterFirstPaint(page);

  it("moves every chunk (once, in document order) and the print stylesheet into one loader at the end of the body", () => {
    const loader = scriptLoader(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js", "/_next/static/chunks/c.js"], ["/_next/static/chunks/app.css"]);
    expect(html).toContain(`<script>${loader}</script></body></html>`);
    expect(html).not.toMatch(/<script src="[^"]+" async="">/);
    expect(html).not.toContain(printLink);
    expect(html).not.toContain('as="script"');
  });

  it("holds the first paint until <main> is parsed, and keeps everything else", () => {
    expect(html).toContain('<link rel="expect" href="#main" blocking="render"/></head>');
    expect(html).toContain('<link rel="preload" as="image" href="/x.png"/>');
    expect(html).toContain('<script src="/_next/static/chunks/old.js" noModule=""></script>');
    expect(html).toContain('<body><main id="main"><p>Hi</p></main><script id="_R_">x</script><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>');
  });

  it("leaves a page without chunks or without a head and body alone", () => {
    const plain = `<html><head>${printLink}</head><body><p>Hi</p></body></html>`;
    expect(runScriptsAfterFirstPaint(plain)).toBe(plain);
    expect(runScriptsAfterFirstPaint(chunk("a"))).toBe(chunk("a"));
  });
});

describe("the loader", () => {
  type Element = { src?: string; href?: string; rel?: string; media?: string; attributes: Record<string, string>; setAttribute(name: string, value: string): void };
  function browser({ visibility = "visible", painted = false } = {}) {
    const inserted: Element[] = [];
    const frames: (() => void)[] = [];
    const timers: { fn: () => void; ms: number }[] = [];
    const observers: (() => void)[] = [];
    const state = { painted };
    const document = {
      visibilityState: visibility,
      createElement: (): Element => ({ attributes: {}, setAttribute(name, value) { this.attributes[name] = value; } }),
      head: { appendChild: (e: Element) => inserted.push(e) },
    };
    const window = { performance: {}, PerformanceObserver: class { constructor(fn: () => void) { observers.push(fn); } observe() {} } };
    const performance = { getEntriesByName: (name: string) => (state.painted && name === "first-contentful-paint" ? [{}] : []) };
    vm.runInNewContext(scriptLoader(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"], ["/_next/static/chunks/app.css"]), {
      document, window, performance, PerformanceObserver: window.PerformanceObserver,
      requestAnimationFrame: (f: () => void) => frames.push(f),
      setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }),
    });
    const nextFrame = () => frames.splice(0).forEach((f) => f());
    const runTimers = (max = 0) => timers.splice(0).forEach((t) => (t.ms <= max ? t.fn() : timers.push(t)));
    return { inserted, state, nextFrame, runTimers, observers, timers };
  }

  it("inserts nothing until two frames have passed and the first contentful paint is reported", () => {
    const b = browser();
    b.nextFrame();
    b.nextFrame();
    b.runTimers();
    expect(b.inserted).toEqual([]);
    b.state.painted = true;
    b.observers.forEach((fn) => fn());
    expect(b.inserted.map((e) => e.src ?? e.href)).toEqual(["/_next/static/chunks/app.css", "/_next/static/chunks/a.js", "/_next/static/chunks/b.js"]);
    expect(b.inserted[0]).toMatchObject({ rel: "stylesheet", media: "print", attributes: { "data-precedence": "next" } });
    b.runTimers(3000);
    expect(b.inserted).toHaveLength(3);
  });

  it("goes straight on when the paint was already reported, and after 3 s when it never is", () => {
    const painted = browser({ painted: true });
    painted.nextFrame();
    painted.nextFrame();
    painted.runTimers();
    expect(painted.inserted).toHaveLength(3);
    const never = browser();
    never.nextFrame();
    never.nextFrame();
    never.runTimers();
    never.runTimers(3000);
    expect(never.inserted).toHaveLength(3);
  });

  it("loads at once in a background tab", () => {
    expect(browser({ visibility: "hidden" }).inserted).toHaveLength(3);
  });
});

describe("isScriptLoader", () => {
  it("accepts only this module's loader around this build's assets", () => {
    expect(isScriptLoader(scriptLoader(["/_next/static/chunks/a.js"], ["/_next/static/chunks/a.css"]))).toBe(true);
    expect(isScriptLoader(scriptLoader([]))).toBe(false);
    expect(isScriptLoader(scriptLoader(["https://evil.example/x.js"]))).toBe(false);
    expect(isScriptLoader(scriptLoader(['/_next/static/a.js"]);alert(1);//']))).toBe(false);
    expect(isScriptLoader(`${scriptLoader(["/_next/static/chunks/a.js"])};alert(1)`)).toBe(false);
    expect(isScriptLoader(scriptLoader(["/_next/static/chunks/a.js"]).replace("[]", "[],[]"))).toBe(false);
  });
});
