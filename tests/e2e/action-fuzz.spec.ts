import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { CONFIRMED_CAUSES, RESOLUTION_ACTIONS } from "@/lib/tickets/resolution-actions";
import { createActionFixtures, removeActionFixtures, snapshot, type ActionFixtures } from "./support/action-fixtures";
import { cleanUpPeople, closeDatabase, signedIn, type Persona } from "./support/portal";
import { builtServerActions, callAction, discoverServerActions, type ActionArgument, type ActionReference } from "./support/server-actions";

/*
 * Every server action (found in the sources), called over HTTP as every kind of person, the way a
 * script calls it and as a plain form post without JavaScript, with missing fields, odd values,
 * unknown ids and other people's records. Whatever arrives: never a 5xx; another site is refused;
 * on the agent pages a visitor is sent to sign in and a wallet user refused; a refusal changes
 * nothing. (Who else may call which action is the authorization matrix's table.)
 * FUZZ_SEED replays a failure (fast-check prints the seed and path it failed with).
 */

const RUNS_PER_ACTION = Number(process.env.FUZZ_RUNS_ACTIONS ?? 40);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

let fixtures: ActionFixtures;
let built: ActionReference[];

test.beforeAll(async () => {
  fixtures = await createActionFixtures();
  built = builtServerActions();
});

test.afterAll(async () => {
  if (fixtures) await removeActionFixtures(fixtures);
  await cleanUpPeople();
  await closeDatabase();
});

/** A page that serves the action, with the fixtures in its dynamic segments (a page without any first). */
function pageFor(reference: ActionReference): string {
  const page = [...reference.pages].sort((a, b) => Number(a.includes("[")) - Number(b.includes("[")))[0]!;
  return page.replace("[number]", String(fixtures.ticket)).replace("[id]", fixtures.activeAccount);
}

function fieldValues(f: ActionFixtures) {
  const odd = fc.constantFrom("", " ", "\u0000", "a\u0000b", "\u202e", "<script>alert(1)</script>", "$K1", "$@0", "%ff", "../..", "x".repeat(120), "名字");
  const text = fc.oneof(odd, fc.string({ unit: "binary", maxLength: 60 }), fc.constant("ok"), fc.constant("y".repeat(5001)));
  const numeric = fc.oneof(fc.constantFrom("0", "-1", "1", "1.5", "1e3", "2147483647", "2147483648", "99999999999999999999", "NaN", " 1", "0x10"), fc.integer().map(String));
  const ids = (...real: string[]) => fc.oneof(fc.constantFrom(...real, "no_such_id", "e2e_fuzz_unknown"), odd);
  return {
    number: fc.oneof(fc.constant(String(f.ticket)), fc.constant("999999999"), numeric),
    version: fc.oneof(fc.constant("1"), numeric),
    body: text,
    outcome: text,
    reason: text,
    visibility: fc.constantFrom("PUBLIC", "INTERNAL", "", "SECRET"),
    status: fc.constantFrom("OPEN", "WAITING_ON_CUSTOMER", "CLOSED", "RESOLVED", "NEW", "x"),
    assigneeId: ids(f.otherAgent.id, f.otherSupervisor.id, f.otherWallet.id, ""),
    cause: fc.constantFrom(...CONFIRMED_CAUSES, "x", ""),
    actions: fc.array(fc.constantFrom(...RESOLUTION_ACTIONS, "x"), { maxLength: 7 }),
    accountId: ids(f.activeAccount, f.frozenAccount),
    frozen: fc.constantFrom("true", "false", "", "yes"),
    amount: fc.oneof(fc.constantFrom("1", "0.01", "50", "-1", "0", "1e9", "99999999999999", "12.345", "¥5"), text),
    idempotencyKey: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{16,40}$/), text),
    ticket: fc.oneof(fc.constant(String(f.ticket)), numeric),
    adjustmentId: ids(f.adjustment),
    decision: fc.constantFrom("approve", "reject", "x"),
    // Never an article that exists, never none: the fuzzer must not publish into the demo help center.
    id: ids("no_such_article"),
    intent: fc.constantFrom("preview", "save", "publish", "unpublish", "delete", ""),
    locale: fc.constantFrom("en", "zh-CN", "fr", ""),
    slug: fc.oneof(fc.constantFrom("fuzz-article", "search", "UPPER", ""), text),
    category: fc.constantFrom("support", "money", "x", ""),
    title: text,
    summary: text,
    tags: text,
    waitForCustomer: fc.constantFrom("on", "off"),
    sendAnyway: fc.constantFrom("1", "0"),
  };
}

function argumentLists(f: ActionFixtures): fc.Arbitrary<ActionArgument[]> {
  const values = fieldValues(f);
  // A form always names an article id: without one, saveArticleAction would create articles.
  const form = fc.record(values, { requiredKeys: ["id"] }).map((fields) => ({ form: fields }));
  const state = fc.oneof(fc.constant({ kind: "idle" }), fc.constant({}), fc.constant(null), fc.jsonValue({ maxDepth: 2 }));
  return fc.oneof(
    form.map((one) => [one]),
    fc.tuple(state, form),
    fc.tuple(fc.oneof(fc.constant(f.ticket), fc.integer(), fc.double(), fc.string()), fc.oneof(fc.boolean(), fc.jsonValue({ maxDepth: 1 }))),
    fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
    fc.tuple(form, form),
  );
}

type Call = { persona: Persona; mode: "script" | "form"; origin: "same" | "absent" | "evil"; args: ActionArgument[] };

async function expectAnswer(request: APIRequestContext, baseURL: string, reference: ActionReference, call: Call) {
  const headers: Record<string, string> = {};
  if (call.origin === "same") headers.origin = baseURL;
  if (call.origin === "evil") headers.origin = "https://evil.example";
  if (call.persona !== "anonymous") headers.cookie = (await signedIn(call.persona)).cookie;
  const url = pageFor(reference);
  const isAgentPage = url.startsWith("/agent");
  const isRefused = call.origin === "evil" || (isAgentPage && (call.persona === "anonymous" || call.persona === "wallet"));
  const before = isRefused ? await snapshot(fixtures) : null;
  const answer = await callAction(request, { url, id: reference.id, args: call.args, mode: call.mode, headers });
  const label = `${call.persona} ${call.origin} origin ${reference.name}: ${answer.label}`;
  expect(answer.status, label).toBeLessThan(500);
  if (call.origin === "evil") expect(answer.status, label).toBe(403);
  else if (isAgentPage && call.persona === "anonymous") expect(answer.redirect ?? "", label).toMatch(/^(https?:\/\/[^/]+)?\/staff\/signin\?/);
  // Without JavaScript, Next shows its not-found page (404) for an action's forbidden().
  else if (isAgentPage && call.persona === "wallet") expect(call.mode === "script" ? [403] : [403, 404], label).toContain(answer.status);
  if (isRefused) expect(await snapshot(fixtures), `${label}: a refusal changed something`).toEqual(before);
}

const actions = discoverServerActions();
const byName = (name: string) => {
  const reference = built.find((one) => one.name === name);
  if (!reference) throw new Error(`no server action ${name} in the build`);
  return reference;
};

test("the fuzzer finds the server actions in the sources and in the build", () => {
  expect(actions.length).toBeGreaterThanOrEqual(10);
  for (const action of actions) expect(built.some((reference) => reference.file === action.file && reference.name === action.name), `${action.file} ${action.name}`).toBe(true);
});

for (const action of actions) {
  test(`fuzz action ${action.name}`, async ({ request, baseURL }) => {
    test.setTimeout(180_000);
    const reference = built.find((one) => one.file === action.file && one.name === action.name)!;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          persona: fc.constantFrom<Persona>("anonymous", "wallet", "agent", "supervisor", "admin"),
          mode: fc.constantFrom("script" as const, "form" as const),
          origin: fc.constantFrom("same" as const, "same" as const, "absent" as const, "evil" as const),
          args: argumentLists(fixtures),
        }),
        (call) => expectAnswer(request, baseURL!, reference, call),
      ),
      { numRuns: RUNS_PER_ACTION, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  });
}

test("a server action posted by another site is a 403 in words, with or without JavaScript (was a 500 without)", async ({ request }) => {
  for (const reference of actions.map((action) => byName(action.name))) {
    for (const mode of ["script", "form"] as const) {
      for (const [language, words] of [["en", /Another site/], ["zh-CN", /另一个网站/]] as const) {
        const agent = await signedIn("agent");
        const headers = { origin: "https://evil.example", cookie: `${agent.cookie}; NEXT_LOCALE=${language}` };
        const before = await snapshot(fixtures);
        const answer = await callAction(request, { url: pageFor(reference), id: reference.id, args: [{ form: { accountId: fixtures.activeAccount, frozen: "true", number: String(fixtures.ticket) } }], mode, headers });
        expect(answer.status, answer.label).toBe(403);
        expect(answer.body, answer.label).toMatch(words);
        expect(await snapshot(fixtures), answer.label).toEqual(before);
      }
    }
  }
});

test("the wrong role is refused and changes nothing (unfreeze, approve and assign as an agent; freeze and resolve as a wallet user)", async ({ request, baseURL }) => {
  const cases: [Persona, string, ActionArgument[], number[]][] = [
    ["agent", "freezeAction", [{ form: { accountId: fixtures.frozenAccount, frozen: "false", reason: "fuzz" } }], [403]],
    ["agent", "decideAdjustmentAction", [{ form: { accountId: fixtures.activeAccount, adjustmentId: fixtures.adjustment, decision: "approve" } }], [403]],
    ["agent", "assignAction", [{ form: { number: String(fixtures.ticket), version: "1", assigneeId: "" } }], [403]],
    ["agent", "saveArticleAction", [{}, { form: { id: "no_such_article", intent: "publish", locale: "en", slug: "fuzz-article", category: "support", title: "t", summary: "s", body: "b", tags: "" } }], [403]],
    ["wallet", "freezeAction", [{ form: { accountId: fixtures.activeAccount, frozen: "true", reason: "fuzz" } }], [403]],
    ["wallet", "resolveAction", [{ form: { number: String(fixtures.ticket), version: "1", cause: "OTHER", outcome: "done" } }], [403]],
  ];
  for (const [persona, name, args, statuses] of cases) {
    for (const mode of ["script", "form"] as const) {
      const headers = { origin: baseURL!, cookie: (await signedIn(persona as "agent" | "wallet")).cookie };
      const before = await snapshot(fixtures);
      const answer = await callAction(request, { url: pageFor(byName(name)), id: byName(name).id, args, mode, headers });
      // Without JavaScript, Next shows its not-found page (404) for an action's forbidden().
      expect(mode === "script" ? statuses : [...statuses, 404], `${persona} ${name} ${answer.label}`).toContain(answer.status);
      expect(await snapshot(fixtures), `${persona} ${name} ${mode}`).toEqual(before);
    }
  }
});

test("missing fields, unknown ids and odd values get the page's answer, never a 500", async ({ request, baseURL }) => {
  const supervisor = await signedIn("supervisor");
  const headers = { origin: baseURL!, cookie: supervisor.cookie };
  const cases: [string, ActionArgument[], (answer: { status: number; redirect: string | null }) => boolean][] = [
    // A form that names nothing goes back to the list; one that names its record, back to it saying so.
    ["freezeAction", [{ form: {} }], (a) => a.redirect === "/agent/accounts"],
    ["freezeAction", [{ form: { accountId: fixtures.activeAccount, frozen: "maybe" } }], (a) => a.redirect === `/agent/accounts/${fixtures.activeAccount}?notice=invalid`],
    ["freezeAction", [{ form: { accountId: "no_such_account", frozen: "true" } }], (a) => a.status === 404],
    ["resolveAction", [{ form: { number: "999999999", version: "1", cause: "OTHER", outcome: "done" } }], (a) => a.status === 404],
    ["resolveAction", [{ form: { number: String(fixtures.ticket), version: "99999999999", cause: "OTHER", outcome: "done" } }], (a) => a.redirect === `/agent/tickets/${fixtures.ticket}?notice=invalid`],
    ["changeStatusAction", [{ form: {} }], (a) => a.redirect === "/agent/tickets"],
    ["decideAdjustmentAction", [{ form: { accountId: fixtures.activeAccount, adjustmentId: "no_such_adjustment", decision: "approve" } }], (a) => a.status === 404],
    ["heartbeatAction", ["1", "yes"], (a) => a.status === 200],
    ["claimTicketAction", ["not a form"], (a) => a.redirect === "/agent/tickets"],
  ];
  for (const [name, args, isExpected] of cases) {
    const answer = await callAction(request, { url: pageFor(byName(name)), id: byName(name).id, args, headers });
    expect(isExpected(answer), `${name} ${answer.label}`).toBe(true);
  }
});

test("a script-sent action whose arguments are not JSON is a 400 before Next decodes them (was a 500)", async ({ request, baseURL }) => {
  const agent = await signedIn("agent");
  for (const reference of actions.map((action) => byName(action.name))) {
    for (const body of ["{{{", "", "[1,"]) {
      const response = await request.post(pageFor(reference), {
        headers: { "next-action": reference.id, "content-type": "text/plain;charset=UTF-8", origin: baseURL!, cookie: agent.cookie },
        data: body,
        maxRedirects: 0,
      });
      expect(response.status(), `${reference.name} ${JSON.stringify(body)}`).toBe(400);
    }
  }
});
