import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { cleanUpPeople, closeDatabase, signedIn, type Persona } from "./support/portal";
import { rawRequest, type RawAnswer } from "./support/raw-request";
import { discoverRouteHandlers } from "./support/routes";

/*
 * Random and adversarial requests to every route handler under app/api (found on disk), against
 * the real server: every method (TRACE, OPTIONS and HEAD too) whether the route has it or not,
 * every kind of person, bodies, Content-Types, headers (a valid Idempotency-Key half the time, so
 * the validation behind it is reached), query strings, catch-all paths, and raw paths no browser
 * would send (dot segments, "%ff", "%C0%AF", overlong). Whatever arrives, the portal never
 * answers 5xx, and every 4xx under /api is JSON in the documented error shape (docs/api.md):
 * { error, message, errors? }, with each item of errors[] as that route documents it.
 * FUZZ_SEED replays a failure (fast-check prints the seed and path it failed with); FUZZ_RUNS
 * sets the runs per route.
 */

const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 64);
const RAW_PATH_RUNS = Number(process.env.FUZZ_RAW_RUNS ?? 240);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const runs = (numRuns: number) => ({ numRuns, ...(SEED === undefined ? {} : { seed: SEED }) });

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"] as const;
const PERSONAS: Persona[] = ["anonymous", "wallet", "agent", "supervisor", "admin"];
const WITH_BODY = new Set(["POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** The documented keys of one item of `errors[]`, per route (docs/api.md); any other route: path and message. */
const ERROR_ITEM_KEYS: Record<string, string[]> = {
  "/api/tickets": ["code", "message", "path"],
  "/api/tickets/[number]/messages": ["code", "message", "path"],
  "/api/tickets/link/[token]/messages": ["code", "message", "path"],
};
const DEFAULT_ERROR_ITEM_KEYS = ["message", "path"];

const odd = fc.constantFrom("", " ", "\u0000", "a\u0000b", "\u202e", "%ff", "../..", "$K1", "名字", "<script>alert(1)</script>", "x".repeat(3000));
const scalar = fc.oneof(odd, fc.string({ unit: "binary", maxLength: 40 }), fc.integer(), fc.double(), fc.constantFrom(2_147_483_648, 1e21, -1, 0, 1.5, true, false, null));
/** Field names the routes read, so that bodies reach their validation, not only the JSON parser. */
const FIELDS = ["message", "contact", "result", "wizardSessionId", "assigneeId", "version", "phone", "code", "password", "purpose", "locale", "redirectTo", "slug", "isHelpful", "comment", "question", "option", "idempotencyKey", "q", "contactCode", "token"];
const shaped = fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), { maxKeys: 5 });

const history = fc.record(
  {
    account: fc.oneof(fc.record({ id: fc.string({ unit: "binary", maxLength: 200 }), currency: fc.constantFrom("CNY", "cny", "", "USDX") }), fc.anything()),
    entries: fc.oneof(fc.array(fc.anything(), { maxLength: 20 }), fc.anything()),
    logins: fc.array(fc.anything(), { maxLength: 5 }),
    securityEvents: fc.anything(),
    asOf: fc.oneof(fc.constant("2026-01-01T00:00:00Z"), fc.string(), fc.anything()),
  },
  { requiredKeys: [] },
);

const body: fc.Arbitrary<Buffer | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue().map((value) => Buffer.from(JSON.stringify(value) ?? "null")),
  shaped.map((value) => Buffer.from(JSON.stringify(value))),
  shaped.map((value) => Buffer.from(new URLSearchParams(Object.entries(value).map(([k, v]) => [k, String(v)])).toString())),
  fc.constant(Buffer.from(JSON.stringify({ message: "My balance is negative", contact: "13800000000" }))),
  // A valid ticket but for a NUL in its text: it reached PostgreSQL's write and was a 500 (now 400 invalid_text).
  fc.constant(Buffer.from(JSON.stringify({ message: "My balance\u0000 is negative", contact: "13800000000", slug: "overdraft", locale: "en", isHelpful: false, comment: "a\u0000b" }))),
  history.map((value) => Buffer.from(JSON.stringify(value) ?? "{}")),
  fc.string({ unit: "binary", maxLength: 300 }).map((text) => Buffer.from(text)),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
);

const contentType = fc.constantFrom(
  undefined,
  "application/json",
  "application/json; charset=utf-8",
  "application/json; charset=utf-16",
  "application/problem+json",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=xyz",
  "multipart/form-data",
  "text/plain",
  "text/html",
  "*/*",
  "application/",
);

const headerValue = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 60 });
const extraHeaders = fc.record(
  {
    "x-forwarded-for": fc.oneof(fc.ipV4(), headerValue),
    "x-portal-client-ip": fc.oneof(fc.ipV6(), headerValue),
    accept: fc.constantFrom("application/json", "text/html", "*/*", "text/x-component"),
    "sec-fetch-site": fc.constantFrom("same-origin", "none", "cross-site", "same-site"),
    "next-action": headerValue,
    rsc: fc.constantFrom("1", "0"),
    authorization: fc.oneof(fc.constant("Bearer "), headerValue.map((value) => `Bearer ${value}`)),
  },
  { requiredKeys: [] },
);
/** Half the time a well-formed key (8-100 of A-Z a-z 0-9 _ -), so a route gets past "key required". */
const idempotencyKey = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{8,100}$/), fc.constant(undefined), headerValue);

const segment = fc.oneof(
  fc.constantFrom("session", "csrf", "providers", "signin", "signout", "callback", "error", "_log", "verify-request", "staff", "wallet", "1", "999999999", "2147483648", "0", "-1", "..", "%2e%2e", "%00", "%ff", "%C0%AF"),
  fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/),
);
const query = fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(fc.string({ maxLength: 40 }), fc.webPath(), fc.webUrl(), fc.constantFrom("0001-01-01", "%%", "_")), { maxKeys: 3 });

function urlFor(path: string, segments: string[], params: Record<string, string>): string {
  const filled = path.replace(/\[\[?\.\.\.[^\]]+\]\]?/, segments.join("/") || "session").replace(/\[[^\]]+\]/g, () => segments[0] ?? "x");
  const search = new URLSearchParams(params).toString();
  return search ? `${filled}?${search}` : filled;
}

/** "/api/../x" and "/api/%2e%2e/x" are pages, not APIs: the server resolves the dot segments. */
function staysInApi(path: string): boolean {
  return new URL(`http://portal.invalid${path.replace(/%2e/gi, ".")}`).pathname.startsWith("/api/");
}

async function headersFor(persona: Persona, extra: Record<string, string>): Promise<Record<string, string>> {
  // A person of their own per request: sign-outs and rate limits stay within the run.
  return persona === "anonymous" ? extra : { ...extra, cookie: (await signedIn(persona)).cookie };
}

/** Never a 5xx; a 4xx under /api is the error shape, its errors[] items with the keys this route documents (null: any route). */
function expectDocumentedAnswer(route: string | null, method: string, path: string, answer: RawAnswer) {
  const label = `${method} ${path.length > 300 ? `${path.slice(0, 300)}… (${path.length} characters)` : path} → ${answer.status}`;
  expect(answer.status, label).toBeLessThan(500);
  if (answer.status < 400 || method === "HEAD" || !staysInApi(path)) return;
  expect(answer.headers["content-type"] ?? "", label).toContain("application/json");
  const parsed = JSON.parse(answer.body) as Record<string, unknown>;
  const shown = `${label} ${answer.body.slice(0, 500)}`;
  expect(typeof parsed.error, shown).toBe("string");
  expect(typeof parsed.message, shown).toBe("string");
  if (!("errors" in parsed)) return;
  expect(Array.isArray(parsed.errors), shown).toBe(true);
  for (const item of parsed.errors as Record<string, unknown>[]) {
    if (route !== null) expect(Object.keys(item).sort(), shown).toEqual(ERROR_ITEM_KEYS[route] ?? DEFAULT_ERROR_ITEM_KEYS);
    for (const value of Object.values(item)) expect(typeof value, shown).toBe("string");
  }
}

test.afterAll(async () => {
  await cleanUpPeople();
  await closeDatabase();
});

const routes = discoverRouteHandlers().filter((handler) => handler.path.startsWith("/api/"));

test("the fuzzer finds the API's routes, and its table of errors[] shapes names real ones", () => {
  expect(routes.length).toBeGreaterThanOrEqual(20);
  for (const route of Object.keys(ERROR_ITEM_KEYS)) expect(routes.map((one) => one.path), route).toContain(route);
});

for (const route of routes) {
  test(`fuzz ${route.path}`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          // The route's own methods half the time; any method the other half.
          method: fc.oneof(fc.constantFrom(...(route.methods.length > 0 ? route.methods : METHODS)), fc.constantFrom(...METHODS)),
          persona: fc.constantFrom(...PERSONAS),
          segments: fc.array(segment, { minLength: 0, maxLength: 3 }),
          params: query,
          type: contentType,
          extra: extraHeaders,
          key: idempotencyKey,
          origin: fc.constantFrom("same", "absent", "evil"),
          data: body,
        }),
        async ({ method, persona, segments, params, type, extra, key, origin, data }) => {
          const headers: Record<string, string> = { ...extra };
          if (type) headers["content-type"] = type;
          if (key) headers["idempotency-key"] = key;
          if (origin === "same") headers.origin = baseURL!;
          if (origin === "evil") headers.origin = "https://evil.example";
          const path = urlFor(route.path, segments, params);
          const answer = await rawRequest(baseURL!, { method, path, headers: await headersFor(persona, headers), body: WITH_BODY.has(method) ? data : undefined });
          expectDocumentedAnswer(route.path, method, path, answer);
        },
      ),
      runs(RUNS_PER_ROUTE),
    );
  });
}

const rawToken = fc.constantFrom("%ff", "%FF%FE", "%C0%AF", "%c0%ae%c0%ae", "..", "%2e%2e", ".", "%2e", "", "%00", "%2F", "%5C", "%", "%zz", "%E4%B8%AD", "~", ";", "a;b=c", "tickets", "1", "health", "faq", "agent", "auth", "session", "accounts");
const rawPath = fc.oneof(
  fc.tuple(fc.constantFrom("/", "/api/", "/faq/", "/agent/", "/api/tickets/", "/api/auth/", "/api/agent/accounts/", "//", "/api//"), fc.array(rawToken, { maxLength: 6 }), fc.constantFrom("", "?q=%ff", "?from=0001-01-01", "?%=%")).map(([start, tokens, search]) => `${start}${tokens.join("/")}${search}`),
  // Overlong: a deep path, a long segment, a long ticket number.
  fc.constantFrom(`/api/${"a/".repeat(3000)}`, `/${"x".repeat(8000)}`, `/api/tickets/${"9".repeat(400)}`, `/faq/${"%ff".repeat(1000)}`),
);

test("raw and malformed paths, every method and person: never a 5xx, JSON errors under /api", async ({ baseURL }) => {
  test.setTimeout(120_000);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...METHODS), fc.constantFrom(...PERSONAS), rawPath, async (method, persona, path) => {
      const answer = await rawRequest(baseURL!, { method, path, headers: await headersFor(persona, { origin: baseURL! }) });
      expectDocumentedAnswer(null, method, path, answer);
    }),
    runs(RAW_PATH_RUNS),
  );
});
