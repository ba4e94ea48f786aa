/*
 * A prerendered page's own stylesheets, copied into its HTML (decision 024). The first paint then
 * needs the HTML alone, as an empty page's does: no second request before anything shows. The
 * <link> stays, as media="print", so React still finds the stylesheet it rendered (it adopts the
 * element instead of inserting a new one) while the browser no longer waits for it.
 */
const STYLESHEET_LINK = /<link rel="stylesheet" href="(\/_next\/static\/[\w./-]+\.css)" data-precedence="next"\/>/g;

/** Up to `maxBytes` of CSS are inlined; past that (or if a file is missing) links stay as they are. */
export function inlineStylesheets(html: string, readStylesheet: (href: string) => string | null, maxBytes = 64_000): string {
  let budget = maxBytes;
  return html.replace(STYLESHEET_LINK, (link: string, href: string) => {
    const css = readStylesheet(href);
    if (css === null || css.length > budget || /<\/style/i.test(css)) return link;
    budget -= css.length;
    return `<style>${css}</style>${link.replace("/>", ' media="print"/>')}`;
  });
}
