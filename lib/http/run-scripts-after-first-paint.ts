/*
 * A prerendered page is painted from its HTML first; its script chunks (and the copy of its
 * stylesheet kept for React, decision 024) are fetched and run only once that first frame is on
 * screen (decision 025). The HTML already carries the whole page, styles inlined, and links and
 * forms work before hydration, so what a visitor sees first no longer waits for, or competes
 * with, 180 KB of framework code; React hydrates right after.
 *
 * Next writes its chunks as `<script src="/_next/static/…js" async="">`: asynchronous, so their
 * order never mattered (Turbopack's runtime waits for what it needs). The loader inserts the same
 * elements with `async`, and the stylesheet link as it was (media="print"), so React finds what
 * it rendered instead of adding copies. In a background tab, where nothing is painted, it loads
 * them at once; if the first paint is never reported, after 3 s.
 */
// One pattern for "a file of this build" in every rewrite below, so they cannot drift apart.
const ASSET = String.raw`\/_next\/static\/[\w./-]+`;
const ASYNC_CHUNK = new RegExp(`<script src="(${ASSET}\\.js)" async=""><\\/script>`, "g");
const CHUNK_PRELOAD = new RegExp(`<link rel="preload" as="script"(?: fetchPriority="low")? href="(${ASSET}\\.js)"\\/>`, "g");
const PRINT_STYLESHEET = new RegExp(`<link rel="stylesheet" href="(${ASSET}\\.css)" data-precedence="next" media="print"\\/>`, "g");
const ASSET_PATH = new RegExp(`^${ASSET}\\.(js|css)$`);

const LOADER_START =
  '(function(u,c){var d=document,w=window,done=false;function add(e){d.head.appendChild(e)}' +
  'function go(){if(done)return;done=true;c.forEach(function(h){var l=d.createElement("link");l.rel="stylesheet";l.href=h;l.media="print";l.setAttribute("data-precedence","next");add(l)});' +
  'u.forEach(function(s){var e=d.createElement("script");e.src=s;e.async=true;add(e)})}' +
  'function shown(){return !w.performance||performance.getEntriesByName("first-contentful-paint").length>0}' +
  'function after(){if(shown()||!w.PerformanceObserver)return go();new PerformanceObserver(function(){if(shown())go()}).observe({type:"paint"});setTimeout(go,3000)}' +
  'if(d.visibilityState==="hidden")go();else requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(after,0)})})})(';
const LOADER_END = ")";

/*
 * Without this, Chrome may paint the header from the first part of the HTML it parsed and the
 * page's main text a frame or more later, and the scripts could start in between. `rel=expect`
 * holds rendering until <main id="main"> (every page's landmark, the skip link's target) is
 * parsed: the HTML is all there, so that is a few milliseconds, and the first frame is the whole
 * first screen. Browsers without it ignore the link.
 */
const FIRST_SCREEN = '<link rel="expect" href="#main" blocking="render"/>';

/** The inline loader for these chunk scripts and stylesheets, in document order. */
export function scriptLoader(scripts: string[], stylesheets: string[] = []): string {
  return `${LOADER_START}${JSON.stringify(scripts)},${JSON.stringify(stylesheets)}${LOADER_END}`;
}

/** The chunk scripts a loader this module wrote will run, or null for any other script. */
export function loaderScripts(body: string): string[] | null {
  if (!body.startsWith(LOADER_START) || !body.endsWith(LOADER_END)) return null;
  try {
    const lists: unknown = JSON.parse(`[${body.slice(LOADER_START.length, -LOADER_END.length)}]`);
    const valid =
      Array.isArray(lists) &&
      lists.length === 2 &&
      lists.every((list) => Array.isArray(list) && list.every((p) => typeof p === "string" && ASSET_PATH.test(p))) &&
      (lists[0] as string[]).length > 0;
    return valid ? (lists[0] as string[]) : null;
  } catch {
    return null;
  }
}

/** True only for a loader this module wrote: its exact code around lists of this build's assets. */
export function isScriptLoader(body: string): boolean {
  return loaderScripts(body) !== null;
}

/**
 * Every chunk script (and Next's preload of it) and every print-only stylesheet link leave the
 * HTML; one loader before </body> inserts them after the first paint, and the first paint waits
 * for <main>. HTML without chunks or without </head>/</body> is returned as it is.
 */
export function runScriptsAfterFirstPaint(html: string): string {
  const headEnd = html.indexOf("</head>");
  const bodyEnd = html.lastIndexOf("</body>");
  if (headEnd < 0 || bodyEnd < headEnd) return html;
  const scripts: string[] = [];
  const stylesheets: string[] = [];
  const take = (list: string[]) => (_tag: string, path: string) => {
    if (!list.includes(path)) list.push(path);
    return "";
  };
  const withoutScripts = html.slice(0, bodyEnd).replace(ASYNC_CHUNK, take(scripts));
  if (scripts.length === 0) return html;
  const page = withoutScripts
    .replace(CHUNK_PRELOAD, (link: string, path: string) => (scripts.includes(path) ? "" : link))
    .replace(PRINT_STYLESHEET, take(stylesheets));
  const pageHeadEnd = page.indexOf("</head>");
  return `${page.slice(0, pageHeadEnd)}${FIRST_SCREEN}${page.slice(pageHeadEnd)}<script>${scriptLoader(scripts, stylesheets)}</script>${html.slice(bodyEnd)}`;
}
