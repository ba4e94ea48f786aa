// One Lighthouse run (mobile preset, performance only) in Debian's Chromium; prints
// {"score","lcpMs"} as JSON. Plain JavaScript run by node itself: under tsx, functions carry a
// `__name` helper that Lighthouse copies into the page, where it does not exist.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const [url, chromePath] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"],
});
try {
  const result = await lighthouse(url, { port: chrome.port, onlyCategories: ["performance"], output: "json", logLevel: "error" });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
  console.log(JSON.stringify({ score: Math.round((lhr.categories.performance?.score ?? 0) * 100), lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? null }));
} finally {
  chrome.kill();
}
