import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { cleanUpPeople, closeDatabase, PERSONAS, signedIn, type Persona } from "./support/portal";
import { discoverEndpoints, discoverPages } from "./support/routes";
import { builtServerActions, callAction, discoverServerActions, type ActionArgument } from "./support/server-actions";

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

/** Shaped like a reply link's token (lib/tickets/reply-link.ts) for ticket 1, but not signed by the portal. */
const FORGED_LINK = "1.zzzzzz.AAAAAAAAAAAAAAAAAAAAAA";

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
  // An SMS reply link is its own credential: one the portal did not sign is a 404 for everyone.
  "/tickets/link/[token]": { ...everyone(404), url: `/tickets/link/${FORGED_LINK}` },
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
  "GET /api/tickets/link/[token]": { ...everyone(404), url: `/api/tickets/link/${FORGED_LINK}` },
  "POST /api/tickets/link/[token]": { ...everyone(405), url: `/api/tickets/link/${FORGED_LINK}`, body: {} },
  // The link is checked before the body: a forged one is a 404 whatever is sent.
  "POST /api/tickets/link/[token]/messages": { ...everyone(404), url: `/api/tickets/link/${FORGED_LINK}/messages`, body: {} },
  "POST /api/tickets/[number]/close": { ...staffOnly({ anonymous: 401, wallet: 404 }, 403), url: "/api/tickets/1/close", body: {} },
  // The wizard is for everyone; an empty answer restarts it (400 for JSON callers).
  "POST /api/wizard/answer": { ...everyone(400), body: {} },
  "POST /api/wizard/finish": { ...everyone(400), body: {} },
  "GET /api/agent/accounts": { ...staffOnly({ anonymous: 401, wallet: 403 }, 200), url: "/api/agent/accounts?q=zhao" },
  "GET /api/agent/accounts/[id]/entries": { ...staffOnly({ anonymous: 401, wallet: 403 }, 200), url: "/api/agent/accounts/acc_zhao_lei/entries" },
  "GET /api/agent/accounts/[id]/entries.csv": { ...staffOnly({ anonymous: 401, wallet: 403 }, 200), url: "/api/agent/accounts/acc_zhao_lei/entries.csv" },
  "GET /api/agent/tickets": staffOnly({ anonymous: 401, wallet: 403 }, 200),
  // Ticket 1 is a demo persona's: any staff member reads it.
  "GET /api/agent/tickets/[number]": { ...staffOnly({ anonymous: 401, wallet: 403 }, 200), url: "/api/agent/tickets/1" },
  // The address only reads (claim and assign live below it): other methods are 405 in the error shape.
  "POST /api/agent/tickets/[number]": { ...everyone(405), url: "/api/agent/tickets/1", body: {} },
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

/*
 * Server actions (found in the sources), called the way the page's own script calls them, from a
 * page that serves them, with arguments that point at nothing: an allowed caller gets past the
 * role check to the 404 of the unknown ticket, account or article (or the form's own answer); a
 * visitor is sent to sign in by proxy.ts, everyone else refused is a 403.
 */
type ActionRow = Record<Persona, Outcome> & { url: string; args: ActionArgument[] };
const ACTION_DENIALS = { anonymous: { redirect: "/staff/signin" }, wallet: 403 } as const;
const NO_TICKET = "999999999";
const article = { locale: "en", slug: "authz-matrix", category: "support", title: "Matrix", summary: "Matrix", body: "Matrix", tags: "" };

const ACTIONS: Record<string, ActionRow[]> = {
  claimTicketAction: [{ ...staffOnly(ACTION_DENIALS, 404), url: "/agent/tickets", args: [{ form: { number: NO_TICKET } }] }],
  sendReplyAction: [{ ...staffOnly(ACTION_DENIALS, 404), url: "/agent/tickets/1", args: [{ kind: "idle" }, { form: { number: NO_TICKET, version: "1", body: "x", visibility: "INTERNAL" } }] }],
  // Nobody else is looking at a ticket that is not there.
  heartbeatAction: [{ ...staffOnly(ACTION_DENIALS, 200), url: "/agent/tickets/1", args: [Number(NO_TICKET), false] }],
  changeStatusAction: [{ ...staffOnly(ACTION_DENIALS, 404), url: "/agent/tickets/1", args: [{ form: { number: NO_TICKET, version: "1", status: "OPEN" } }] }],
  assignAction: [{ ...staffOnly(ACTION_DENIALS, 404), agent: 403, url: "/agent/tickets/1", args: [{ form: { number: NO_TICKET, version: "1", assigneeId: "" } }] }],
  resolveAction: [{ ...staffOnly(ACTION_DENIALS, 404), url: "/agent/tickets/1", args: [{ form: { number: NO_TICKET, version: "1", cause: "OTHER", outcome: "x" } }] }],
  freezeAction: [
    { ...staffOnly(ACTION_DENIALS, 404), url: "/agent/accounts/acc_zhao_lei", args: [{ form: { accountId: "no_such_account", frozen: "true" } }] },
    // Lifting a freeze: supervisors and admins only.
    { ...staffOnly(ACTION_DENIALS, 404), agent: 403, url: "/agent/accounts/acc_zhao_lei", args: [{ form: { accountId: "no_such_account", frozen: "false" } }] },
  ],
  requestAdjustmentAction: [
    { ...staffOnly(ACTION_DENIALS, 404), url: "/agent/accounts/acc_zhao_lei", args: [{}, { form: { accountId: "no_such_account", idempotencyKey: "authz-matrix-0000000001", amount: "1", reason: "x", ticket: NO_TICKET } }] },
  ],
  decideAdjustmentAction: [{ ...staffOnly(ACTION_DENIALS, 404), agent: 403, url: "/agent/accounts/acc_zhao_lei", args: [{ form: { accountId: "no_such_account", adjustmentId: "no_such_adjustment", decision: "approve" } }] }],
  // The customer's forms. Anyone may open a ticket (staff are told to use the workspace): an empty
  // message comes back as the form's state. A reply is a wallet user's, on their own ticket only.
  sendTicketAction: [{ ...everyone(200), url: "/tickets/new", args: [null, { form: { message: "", idempotencyKey: "authz-matrix-0000000002" } }] }],
  sendCustomerReplyAction: [
    { ...staffOnly({ anonymous: { redirect: "/signin" }, wallet: 404 }, 403), url: "/tickets/1", args: [null, { form: { number: NO_TICKET, message: "x" } }] },
  ],
  sendLinkReplyAction: [{ ...everyone(404), url: `/tickets/link/${FORGED_LINK}`, args: [null, { form: { token: FORGED_LINK, message: "x" } }] }],
  // The sign-in and password forms without JavaScript: anyone may try; empty fields come back as
  // the form's state (nothing counted). A signed-in wallet user is sent on from /signin by proxy.ts.
  passwordSignInAction: [{ ...everyone(200), wallet: { redirect: "/me" }, url: "/signin", args: [null, { form: { provider: "wallet", phone: "", password: "" } }] }],
  codeSignInAction: [{ ...everyone(200), wallet: { redirect: "/me" }, url: "/signin", args: [null, { form: { intent: "send", phone: "" } }] }],
  newPasswordAction: [{ ...everyone(200), url: "/password", args: [null, { form: { intent: "save", phone: "", code: "", password: "" } }] }],
  // Editing the help center: supervisors and admins; an article id that names nothing is a 404.
  saveArticleAction: [{ ...staffOnly(ACTION_DENIALS, 404), agent: 403, url: "/agent/faq/new", args: [{}, { form: { ...article, id: "no_such_article", intent: "save" } }] }],
  // Restoring a revision (a plain form on the article's page): the same people; an unknown article is a 404.
  restoreRevisionAction: [
    { ...staffOnly(ACTION_DENIALS, 404), agent: 403, url: "/agent/faq/faq_zh-CN_credit-record", args: [{ form: { id: "no_such_article", revisionId: "no_such_revision", seenUpdatedAt: "2026-01-01T00:00:00.000Z" } }] },
  ],
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

test("the table names every page, route handler and server action, and nothing else", () => {
  expect(Object.keys(PAGES).sort()).toEqual(discoverPages());
  expect(Object.keys(ENDPOINTS).sort()).toEqual(discoverEndpoints().sort());
  const actions = discoverServerActions();
  // Far fewer would mean the discovery broke; one name per action keeps the table unambiguous.
  expect(actions.length).toBeGreaterThanOrEqual(10);
  expect(new Set(actions.map((action) => action.name)).size).toBe(actions.length);
  expect(Object.keys(ACTIONS).sort()).toEqual(actions.map((action) => action.name).sort());
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

for (const action of discoverServerActions()) {
  test(`action ${action.name}`, async ({ request, baseURL }) => {
    const rows = ACTIONS[action.name];
    test.skip(!rows, `${action.name} is not in the table (the test above fails for it)`);
    const built = builtServerActions().find((reference) => reference.file === action.file && reference.name === action.name);
    expect(built, `${action.file} ${action.name} in the build`).toBeTruthy();
    for (const row of rows!) {
      // The example URL must be a page that serves the action, or the call proves nothing.
      expect(built!.pages.some((page) => new RegExp(`^${page.replace(/\[[^\]]+\]/g, "[^/]+")}$`).test(row.url)), `${row.url} serves ${action.name}`).toBe(true);
      for (const persona of PERSONAS) {
        const headers: Record<string, string> = { origin: baseURL! };
        if (persona !== "anonymous") headers.cookie = (await signedIn(persona)).cookie;
        const answer = await callAction(request, { url: row.url, id: built!.id, args: row.args, headers });
        const outcome = row[persona];
        const label = `${persona} ${answer.label}`;
        if (typeof outcome === "number") expect(answer.status, label).toBe(outcome);
        else expect(answer.redirect ?? "", label).toMatch(new RegExp(`^(https?://[^/]+)?${outcome.redirect.replace(/[?.*+^$()[\]{}|\\]/g, "\\$&")}`));
      }
    }
  });
}
