import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { cleanUpPeople, closeDatabase, PERSONAS, signedIn, type Persona } from "./support/portal";
import { discoverEndpoints, discoverPages } from "./support/routes";

/*
 * Who may open what: every page and every route handler under app/ (found on disk), called as
 * each kind of person, compared with this one declared table. A page or route that is not in
 * the table fails the test, and so does a row whose page or route no longer exists.
 *
 * An outcome is a status, or a redirect (3xx) whose Location starts with the given path.
 */
type Outcome = number | { redirect: string };
type Row = Record<Persona, Outcome> & { url?: string; body?: Record<string, unknown> };

const everyone = (outcome: Outcome): Record<Persona, Outcome> => ({ anonymous: outcome, wallet: outcome, agent: outcome, supervisor: outcome, admin: outcome });
const staffOnly = (denied: { anonymous: Outcome; wallet: Outcome }, allowed: Outcome): Record<Persona, Outcome> => ({
  ...denied,
  agent: allowed,
  supervisor: allowed,
  admin: allowed,
});

const PAGES: Record<string, Row> = {
  "/": everyone(200),
  "/diagnose": everyone(200),
  "/faq": everyone(200),
  "/diagnose/q/[question]": { ...everyone(200), url: "/diagnose/q/start" },
  "/diagnose/result/[result]": { ...everyone(200), url: "/diagnose/result/hack" },
  "/diagnose/done": everyone(200),
  // Signed-in wallet users only; the matrix's wallet persona has no wallet account linked (200, says so).
  "/diagnose/account": { ...staffOnly({ anonymous: { redirect: "/signin?callbackUrl=%2Fdiagnose%2Faccount" }, wallet: 200 }, 403) },
  "/tickets": { ...staffOnly({ anonymous: { redirect: "/signin?callbackUrl=%2Ftickets" }, wallet: 200 }, 403) },
  // Ticket 1 is a demo persona's: someone else's ticket is a 404, like a missing one.
  "/tickets/[number]": { ...staffOnly({ anonymous: { redirect: "/signin?callbackUrl=%2Ftickets%2F1" }, wallet: 404 }, 403), url: "/tickets/1" },
  // Anyone may hand a case to support, also without an account (a stolen one).
  "/tickets/new": everyone(200),
  "/faq/[slug]": { ...everyone(200), url: "/faq/credit-record" },
  "/faq/category/[category]": { ...everyone(200), url: "/faq/category/credit" },
  "/faq/search": { ...everyone(200), url: "/faq/search?q=%E5%85%85%E5%80%BC" },
  // A signed-in person of the right kind has nothing to do on a sign-in page.
  "/signin": { ...everyone(200), wallet: { redirect: "/me" } },
  "/password": everyone(200),
  // The wallet user's own home: staff have none (403), visitors sign in first.
  "/me": { anonymous: { redirect: "/signin?callbackUrl=%2Fme" }, wallet: 200, agent: 403, supervisor: 403, admin: 403 },
  "/staff/signin": { ...everyone(200), agent: { redirect: "/agent" }, supervisor: { redirect: "/agent" }, admin: { redirect: "/agent" } },
  "/[...rest]": { ...everyone(404), url: "/no/such/page" },
  "/agent": staffOnly({ anonymous: { redirect: "/staff/signin?callbackUrl=%2Fagent" }, wallet: 403 }, 200),
  "/agent/tickets": staffOnly({ anonymous: { redirect: "/staff/signin?callbackUrl=%2Fagent%2Ftickets" }, wallet: 403 }, 200),
  "/agent/tickets/[number]": { ...staffOnly({ anonymous: { redirect: "/staff/signin?callbackUrl=%2Fagent%2Ftickets%2F1" }, wallet: 403 }, 200), url: "/agent/tickets/1" },
  "/agent/accounts": staffOnly({ anonymous: { redirect: "/staff/signin?callbackUrl=%2Fagent%2Faccounts" }, wallet: 403 }, 200),
  "/agent/accounts/[id]": { ...staffOnly({ anonymous: { redirect: "/staff/signin?callbackUrl=%2Fagent%2Faccounts%2Facc_zhao_lei" }, wallet: 403 }, 200), url: "/agent/accounts/acc_zhao_lei" },
  "/agent/audit": { ...staffOnly({ anonymous: { redirect: "/staff/signin?callbackUrl=%2Fagent%2Faudit" }, wallet: 403 }, 200), agent: 403 },
  // Editing the help center: supervisors and admins only.
  "/agent/faq": { ...staffOnly({ anonymous: { redirect: "/staff/signin?callbackUrl=%2Fagent%2Ffaq" }, wallet: 403 }, 200), agent: 403 },
  "/agent/faq/new": { ...staffOnly({ anonymous: { redirect: "/staff/signin?callbackUrl=%2Fagent%2Ffaq%2Fnew" }, wallet: 403 }, 200), agent: 403 },
  "/agent/faq/[id]": { ...staffOnly({ anonymous: { redirect: "/staff/signin?callbackUrl=%2Fagent%2Ffaq%2Ffaq_zh-CN_credit-record" }, wallet: 403 }, 200), agent: 403, url: "/agent/faq/faq_zh-CN_credit-record" },
};

const ENDPOINTS: Record<string, Row> = {
  "GET /api/health": everyone(200),
  "GET /api/auth/me": { ...everyone(200), anonymous: 401 },
  // Signing out without a session is harmless; either way it lands on the home page.
  "POST /api/auth/sign-out": everyone(303),
  "POST /api/locale": { ...everyone(200), body: { locale: "en" } },
  // No phone: 400 for everyone (no session needed, and nothing is sent or counted).
  "POST /api/auth/code": { ...everyone(400), body: {} },
  "POST /api/auth/password": { ...everyone(400), body: {} },
  "GET /api/dev/outbox": everyone(400),
  // An empty history: 400 means the caller got past the role check to validation.
  "GET /api/faq/search": { ...everyone(200), url: "/api/faq/search?q=credit&locale=en" },
  "POST /api/faq/feedback": { ...everyone(200), body: { slug: "overdraft", locale: "en", isHelpful: true } },
  "POST /api/diagnose": { ...staffOnly({ anonymous: 401, wallet: 403 }, 400), body: {} },
  "GET /api/me/diagnosis": { ...staffOnly({ anonymous: 401, wallet: 404 }, 403) },
  "GET /api/tickets": { ...staffOnly({ anonymous: 401, wallet: 200 }, 403) },
  // No Idempotency-Key: 400 means the caller got past the role check.
  "POST /api/tickets": { ...staffOnly({ anonymous: 400, wallet: 400 }, 403), body: {} },
  "GET /api/tickets/[number]": { ...staffOnly({ anonymous: 401, wallet: 404 }, 403), url: "/api/tickets/1" },
  // Only there so that POST /api/tickets/./messages gets a 405 in the error shape.
  "POST /api/tickets/[number]": { ...everyone(405), url: "/api/tickets/1", body: {} },
  // An empty reply is refused (422) only after the role check.
  "POST /api/tickets/[number]/messages": { ...staffOnly({ anonymous: 401, wallet: 422 }, 403), url: "/api/tickets/1/messages", body: {} },
  "POST /api/tickets/[number]/close": { ...staffOnly({ anonymous: 401, wallet: 404 }, 403), url: "/api/tickets/1/close", body: {} },
  // The wizard is for everyone; an empty answer restarts it (400 for JSON callers).
  "POST /api/wizard/answer": { ...everyone(400), body: {} },
  "POST /api/wizard/finish": { ...everyone(400), body: {} },
  "GET /api/agent/accounts": { ...staffOnly({ anonymous: 401, wallet: 403 }, 200), url: "/api/agent/accounts?q=zhao" },
  "GET /api/agent/accounts/[id]/entries": { ...staffOnly({ anonymous: 401, wallet: 403 }, 200), url: "/api/agent/accounts/acc_zhao_lei/entries" },
  "GET /api/agent/accounts/[id]/entries.csv": { ...staffOnly({ anonymous: 401, wallet: 403 }, 200), url: "/api/agent/accounts/acc_zhao_lei/entries.csv" },
  "GET /api/agent/tickets": staffOnly({ anonymous: 401, wallet: 403 }, 200),
  // A number no ticket has: 404 means the caller got past every access check.
  "POST /api/agent/tickets/[number]/claim": { ...staffOnly({ anonymous: 401, wallet: 403 }, 404), url: "/api/agent/tickets/999999/claim" },
  // An empty body: 422 means a supervisor got past the role check to validation.
  "POST /api/agent/tickets/[number]/assign": { ...staffOnly({ anonymous: 401, wallet: 403 }, 422), agent: 403, url: "/api/agent/tickets/1/assign", body: {} },
  "GET /api/agent/audit": { ...staffOnly({ anonymous: 401, wallet: 403 }, 200), agent: 403 },
  "GET /api/auth/[...nextauth]": { ...everyone(200), url: "/api/auth/session" },
  // Without next-auth's CSRF token a sign-out is sent back to its confirmation page.
  "POST /api/auth/[...nextauth]": { ...everyone(302), url: "/api/auth/signout", body: {} },
  // Any other /api path: a JSON 404 for everyone.
  ...Object.fromEntries(["GET", "POST", "PUT", "PATCH", "DELETE"].map((method) => [`${method} /api/[...path]`, { ...everyone(404), url: "/api/no/such/thing" }])),
};

test.afterAll(async () => {
  await cleanUpPeople();
  await closeDatabase();
});

function expectOutcome(response: APIResponse, outcome: Outcome, label: string) {
  if (typeof outcome === "number") {
    expect(response.status(), label).toBe(outcome);
    return;
  }
  expect(response.status(), label).toBeGreaterThanOrEqual(300);
  expect(response.status(), label).toBeLessThan(400);
  expect(response.headers()["location"], label).toMatch(new RegExp(`^(https?://[^/]+)?${outcome.redirect.replace(/[?.*+^$()[\]{}|\\]/g, "\\$&")}`));
}

async function call(request: APIRequestContext, baseURL: string, method: string, url: string, persona: Persona, body?: Record<string, unknown>) {
  // Each call gets a person of its own: a sign-out ends all of that person's sessions.
  const headers: Record<string, string> = { origin: baseURL };
  if (persona !== "anonymous") headers.cookie = (await signedIn(persona)).cookie;
  return request.fetch(url, { method, headers, maxRedirects: 0, ...(body ? { data: body } : {}) });
}

test("the table names every page and every route handler, and nothing else", () => {
  expect(Object.keys(PAGES).sort()).toEqual(discoverPages());
  expect(Object.keys(ENDPOINTS).sort()).toEqual(discoverEndpoints().sort());
});

for (const page of discoverPages()) {
  test(`page ${page}`, async ({ request, baseURL }) => {
    const row = PAGES[page];
    test.skip(!row, `${page} is not in the table (the test above fails for it)`);
    for (const persona of PERSONAS) {
      const response = await call(request, baseURL!, "GET", row!.url ?? page, persona);
      expectOutcome(response, row![persona], `${persona} GET ${page}`);
    }
  });
}

for (const endpoint of discoverEndpoints()) {
  test(`route ${endpoint}`, async ({ request, baseURL }) => {
    const row = ENDPOINTS[endpoint];
    test.skip(!row, `${endpoint} is not in the table (the test above fails for it)`);
    const [method, path] = endpoint.split(" ") as [string, string];
    for (const persona of PERSONAS) {
      const response = await call(request, baseURL!, method, row!.url ?? path, persona, row!.body);
      expectOutcome(response, row![persona], `${persona} ${endpoint}`);
    }
  });
}
