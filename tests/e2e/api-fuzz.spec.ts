import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { cleanUpPeople, closeDatabase, signedIn, type Persona } from "./support/portal";
import { discoverRouteHandlers } from "./support/routes";

/*
 * Random and adversarial requests to every route handler under app/api (found on disk), against
 * the real server: bodies, Content-Types, headers, query strings and catch-all paths. Whatever
 * arrives, the portal never answers 5xx, and every 4xx is JSON in the documented error shape
 * (docs/api.md): { error, message, errors? }.
 */

const RUNS_PER_ENDPOINT = Number(process.env.FUZZ_RUNS ?? 40);

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
  history.map((value) => Buffer.from(JSON.stringify(value) ?? "{}")),
  fc.record({ locale: fc.oneof(fc.constantFrom("en", "zh-CN"), fc.string()), redirectTo: fc.oneof(fc.webPath(), fc.string({ unit: "binary" })) }, { requiredKeys: [] }).map((value) => Buffer.from(JSON.stringify(value))),
  fc.string({ unit: "binary", maxLength: 300 }).map((text) => Buffer.from(text)),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ unit: "binary", maxLength: 30 })).map((form) => Buffer.from(new URLSearchParams(form).toString())),
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

const segment = fc.oneof(
  fc.constantFrom("session", "csrf", "providers", "signin", "signout", "callback", "error", "_log", "verify-request", "staff", "wallet", "..", "%2e%2e", "%00"),
  fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/),
);
const query = fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(fc.string({ maxLength: 40 }), fc.webPath(), fc.webUrl()), { maxKeys: 3 });

function urlFor(path: string, segments: string[], params: Record<string, string>): string {
  const filled = path.replace(/\[\[?\.\.\.[^\]]+\]\]?/, segments.join("/") || "session").replace(/\[[^\]]+\]/g, () => segments[0] ?? "x");
  const search = new URLSearchParams(params).toString();
  return search ? `${filled}?${search}` : filled;
}

/** "/api/../x" and "/api/%2e%2e/x" are pages, not APIs: the server resolves the dot segments. */
function staysInApi(url: string): boolean {
  return new URL(url.replace(/%2e/gi, "."), "http://portal.invalid").pathname.startsWith("/api/");
}

async function expectDocumentedAnswer(request: APIRequestContext, method: string, url: string, headers: Record<string, string>, data: Buffer | undefined) {
  const response = await request.fetch(url, { method, headers, maxRedirects: 0, ...(data ? { data } : {}) });
  const status = response.status();
  const label = `${method} ${url} → ${status}`;
  expect(status, label).toBeLessThan(500);
  if (status < 400 || !staysInApi(url)) return;
  expect(response.headers()["content-type"] ?? "", label).toContain("application/json");
  const answer = (await response.json()) as Record<string, unknown>;
  expect(typeof answer.error, `${label} ${JSON.stringify(answer)}`).toBe("string");
  expect(typeof answer.message, `${label} ${JSON.stringify(answer)}`).toBe("string");
  if ("errors" in answer) {
    expect(Array.isArray(answer.errors), label).toBe(true);
    for (const error of answer.errors as unknown[]) expect(error, label).toEqual({ path: expect.any(String), message: expect.any(String) });
  }
}

test.afterAll(async () => {
  await cleanUpPeople();
  await closeDatabase();
});

for (const route of discoverRouteHandlers().filter((handler) => handler.path.startsWith("/api/"))) {
  for (const method of route.methods) {
    test(`fuzz ${method} ${route.path}`, async ({ request, baseURL }) => {
      test.setTimeout(120_000);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom<Persona>("anonymous", "wallet", "agent"),
          fc.array(segment, { minLength: 0, maxLength: 3 }),
          query,
          contentType,
          extraHeaders,
          fc.constantFrom("same", "absent", "evil"),
          body,
          async (persona, segments, params, type, extra, origin, data) => {
            const headers: Record<string, string> = { ...extra };
            if (type) headers["content-type"] = type;
            if (origin === "same") headers.origin = baseURL!;
            if (origin === "evil") headers.origin = "https://evil.example";
            // A person of their own per request: sign-outs and rate limits stay within the run.
            if (persona !== "anonymous") headers.cookie = (await signedIn(persona)).cookie;
            await expectDocumentedAnswer(request, method, urlFor(route.path, segments, params), headers, method === "GET" || method === "HEAD" ? undefined : data);
          },
        ),
        { numRuns: RUNS_PER_ENDPOINT },
      );
    });
  }
}
