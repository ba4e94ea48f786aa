import { expect, test } from "@playwright/test";
import { cleanUpPeople, closeDatabase, database, signedIn } from "./support/portal";

// The security review's reproductions (issue 8), against the real server as `npm start` runs it.

test.afterAll(async () => {
  await cleanUpPeople();
  await closeDatabase();
});

const account = { id: "acc_sec", currency: "CNY" };
const entry = (i: number) => ({ id: `e${i}`, type: "TOP_UP", amountMinor: 100, occurredAt: "2026-01-01T00:00:00Z", status: "POSTED" });

test.describe("open redirect after sign-in", () => {
  for (const callbackUrl of ["/.//evil.example/x", "/..//evil.example", "/a/..//evil.example", "/%2e//evil.example", "//evil.example", "/\\evil.example"]) {
    test(`a signed-in agent sent to the sign-in page with callbackUrl ${callbackUrl} stays on this site`, async ({ request }) => {
      const agent = await signedIn("agent");
      const response = await request.get(`/staff/signin?${new URLSearchParams({ callbackUrl })}`, { headers: { cookie: agent.cookie }, maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(response.headers()["location"]).toBe("/agent");
    });
  }

  test("the language switch percent-encodes a non-Latin-1 target instead of failing", async ({ request }) => {
    const response = await request.post("/api/locale", { form: { locale: "en", redirectTo: "/faq?q=中文" }, maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers()["location"]).toBe("/faq?q=%E4%B8%AD%E6%96%87");
    const offSite = await request.post("/api/locale", { form: { locale: "en", redirectTo: "/.//evil.example" }, maxRedirects: 0 });
    expect(offSite.status()).toBe(400);
  });
});

test.describe("the diagnosis API cannot stall the server", () => {
  test("300,000 logins are refused by count, fast, with a small answer", async ({ request }) => {
    const agent = await signedIn("agent");
    const started = Date.now();
    const response = await request.post("/api/diagnose", { headers: { cookie: agent.cookie }, data: { account, entries: [], logins: Array.from({ length: 300_000 }, () => 1) } });
    expect(response.status()).toBe(413);
    expect(await response.json()).toMatchObject({ error: "too_large", maxLogins: 100_000, errors: [{ path: "logins" }] });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test("100,000 empty entries list 100 problems and count the rest, while /api/health keeps answering", async ({ request }) => {
    const agent = await signedIn("agent");
    let isDiagnosisDone = false;
    const pending = request.post("/api/diagnose", { headers: { cookie: agent.cookie }, data: { account, entries: Array.from({ length: 100_000 }, () => ({})) } });
    void pending.then(() => (isDiagnosisDone = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Health answers while the check is still running (its latency is measured by `npm run bench -- attack`).
    expect((await request.get("/api/health")).status()).toBe(200);
    expect(isDiagnosisDone).toBe(false);
    const response = await pending;
    expect((await response.body()).byteLength).toBeLessThan(20_000);
    // Checking takes ~1.6 s on an idle machine. On two cores shared with the other test worker it
    // can pass the 10 s budget, and then the documented answer is 413 (docs/api.md); the list of
    // problems itself is covered by lib/diagnosis-api/check-history-bytes.test.ts.
    if (response.status() === 413) {
      expect(await response.json()).toMatchObject({ error: "too_large", message: expect.stringContaining("longer than 10 s") });
      return;
    }
    expect(response.status()).toBe(400);
    const body = (await response.json()) as { errors: unknown[]; moreErrors: number };
    expect(body.errors).toHaveLength(100);
    expect(body.moreErrors).toBe(499_900);
  });

  test("a chunked body is cut off at the limit, not read whole", async ({ baseURL }) => {
    const agent = await signedIn("agent");
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent++;
        if (sent > 200) controller.close();
        else controller.enqueue(chunk);
      },
    });
    // Node's fetch sends a stream without Content-Length (Transfer-Encoding: chunked).
    const response = await fetch(`${baseURL}/api/diagnose`, {
      method: "POST",
      headers: { cookie: agent.cookie, "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit).catch(() => null);
    // The server answers 413 as soon as 40 MB have arrived (or drops the upload): never all 200 MB.
    if (response) expect(response.status).toBe(413);
    expect(sent).toBeLessThan(200);
  });

  test("refuses a body that is not JSON with 415, and ids with NUL, lone surrogates or 64 KB with 400", async ({ request }) => {
    const agent = await signedIn("agent");
    const headers = { cookie: agent.cookie };
    const text = await request.post("/api/diagnose", { headers: { ...headers, "content-type": "text/plain" }, data: JSON.stringify({ account, entries: [entry(1)] }) });
    expect(text.status()).toBe(415);
    expect(await text.json()).toMatchObject({ error: "unsupported_media_type" });
    for (const id of ["acc\\u0000x", "acc\\ud800", "x".repeat(65_536)]) {
      const raw = `{"account":{"id":"${id}","currency":"CNY"},"entries":[${JSON.stringify(entry(1))}]}`;
      const response = await request.post("/api/diagnose", { headers: { ...headers, "content-type": "application/json" }, data: raw });
      expect(response.status(), id.slice(0, 12)).toBe(400);
      expect(await response.json()).toMatchObject({ error: "invalid_input", errors: [{ path: "account.id" }] });
    }
  });

  test("limits each person to 30 diagnoses a minute, counted in PostgreSQL", async ({ request }) => {
    const agent = await signedIn("agent");
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const response = await request.post("/api/diagnose", { headers: { cookie: agent.cookie }, data: { account, entries: [entry(1)] } });
      statuses.push(response.status());
      if (i === 30) {
        expect(await response.json()).toMatchObject({ error: "rate_limited", retryAfterSeconds: expect.any(Number) });
        expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
      }
    }
    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});

test.describe("client IP", () => {
  test("comes from the connection: forged X-Forwarded-For and x-portal-client-ip are ignored", async ({ request }) => {
    const email = `nobody-${Date.now()}@example.com`;
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await request.post("/api/auth/callback/staff", {
      form: { csrfToken, email, password: "wrong-password", json: "true" },
      headers: { "x-forwarded-for": "203.0.113.99", "x-portal-client-ip": "203.0.113.98" },
    });
    const { rows } = await database().query<{ ip: string }>(`SELECT ip FROM "AuditLog" WHERE action = 'auth.sign_in.failure' AND metadata->>'identifier' = $1`, [email]);
    expect(rows).toHaveLength(1);
    expect(["127.0.0.1", "::1"]).toContain(rows[0]!.ip);
    const forged = await database().query(`SELECT key FROM "SignInThrottle" WHERE key LIKE '%203.0.113.99%' OR key LIKE '%203.0.113.98%'`);
    expect(forged.rows).toEqual([]);
  });
});

test.describe("sessions end for good", () => {
  test("a token copied before sign-out stops working, as a cookie and as a Bearer token; the sign-out is audited once with the IP", async ({ request }) => {
    const agent = await signedIn("agent");
    expect((await request.get("/api/auth/me", { headers: { cookie: agent.cookie } })).status()).toBe(200);
    const signOut = await request.post("/api/auth/sign-out", { headers: { cookie: agent.cookie }, maxRedirects: 0 });
    expect(signOut.status()).toBe(303);
    expect((await request.get("/api/auth/me", { headers: { cookie: agent.cookie } })).status()).toBe(401);
    expect((await request.get("/api/auth/me", { headers: { authorization: `Bearer ${agent.token}` } })).status()).toBe(401);
    expect(await (await request.get("/api/auth/session", { headers: { cookie: agent.cookie } })).json()).toEqual({});
    const { rows } = await database().query<{ ip: string }>(`SELECT ip FROM "AuditLog" WHERE action = 'auth.sign_out' AND "actorId" = $1`, [agent.id]);
    expect(rows).toHaveLength(1);
    expect(["127.0.0.1", "::1"]).toContain(rows[0]!.ip);
  });

  test("a session ends 8 hours after sign-in however often it is refreshed, and a re-issued cookie never outlives it", async ({ request }) => {
    const HOUR = 3_600_000;
    // Signed in 8 h 1 min ago; encode() gives the token a fresh iat and exp, as a refresh does.
    const old = await signedIn("agent", { signedInAt: new Date(Date.now() - 8 * HOUR - 60_000) });
    expect((await request.get("/api/auth/me", { headers: { cookie: old.cookie } })).status()).toBe(401);
    expect((await request.get("/api/auth/me", { headers: { authorization: `Bearer ${old.token}` } })).status()).toBe(401);
    const refresh = await request.get("/api/auth/session", { headers: { cookie: old.cookie } });
    expect(await refresh.json()).toEqual({});
    expect(refresh.headers()["set-cookie"]).toMatch(/next-auth\.session-token=;[^\n]*Max-Age=0/i);
    // proxy.ts agrees: no session for /agent, and the sign-in page does not bounce back to it.
    const page = await request.get("/agent", { headers: { cookie: old.cookie }, maxRedirects: 0 });
    expect(page.status()).toBe(307);
    expect(page.headers()["location"]).toMatch(/^\/staff\/signin\?/);
    expect((await request.get("/staff/signin", { headers: { cookie: old.cookie }, maxRedirects: 0 })).status()).toBe(200);

    // Signed in 7 h 50 min ago: still a session, and its re-issued cookie ends when the 8 hours do.
    const signedInAt = Date.now() - 7 * HOUR - 50 * 60_000;
    const recent = await signedIn("agent", { signedInAt: new Date(signedInAt) });
    const session = await request.get("/api/auth/session", { headers: { cookie: recent.cookie } });
    expect(await session.json()).toMatchObject({ user: { id: recent.id } });
    const line = (session.headers()["set-cookie"] ?? "").split("\n").find((cookie) => cookie.startsWith("next-auth.session-token="));
    const expires = Date.parse(/expires=([^;]+)/i.exec(line ?? "")?.[1] ?? "");
    expect(expires).toBeGreaterThan(Date.now());
    expect(expires).toBeLessThanOrEqual(Math.floor(signedInAt / 1000) * 1000 + 8 * HOUR);
    expect(Number(/max-age=(\d+)/i.exec(line ?? "")?.[1])).toBeLessThanOrEqual(10 * 60);
  });

  test("disabling a person or changing their role ends their sessions at once", async ({ request }) => {
    for (const change of [`"disabledAt" = now()`, `role = 'SUPERVISOR'`, `"passwordHash" = 'changed'`]) {
      const agent = await signedIn("agent");
      expect((await request.get("/agent", { headers: { cookie: agent.cookie }, maxRedirects: 0 })).status()).toBe(200);
      await database().query(`UPDATE "PortalUser" SET ${change} WHERE id = $1`, [agent.id]);
      expect((await request.get("/api/auth/me", { headers: { cookie: agent.cookie } })).status(), change).toBe(401);
    }
  });
});

test.describe("small ones", () => {
  test("a server action posted from another site is a 403, not a 500", async ({ request }) => {
    for (const path of ["/", "/agent/tickets/1", "/faq"]) {
      const response = await request.post(path, { headers: { "next-action": "00" + "f".repeat(40), origin: "https://evil.example" }, data: "[]", maxRedirects: 0 });
      expect(response.status(), path).toBe(403);
    }
  });

  test("a form post to a page whose body is not a form is a 400, not a 500", async ({ request }) => {
    for (const path of ["/", "/faq", "/api/%2e%2e"]) {
      for (const contentType of ["multipart/form-data", "multipart/form-data; boundary=x"]) {
        const response = await request.post(path, { headers: { "content-type": contentType }, data: Buffer.from("not a form"), maxRedirects: 0 });
        expect(response.status(), `${path} ${contentType}`).toBe(400);
      }
    }
  });

  test("a page that is not there is a 404 in the visitor's language, also below a cached page", async ({ request }) => {
    for (const path of ["/faq/no-such-article", "/no/such/page"]) {
      const response = await request.get(path, { headers: { "accept-language": "zh-CN" } });
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).toContain("页面不存在");
    }
    // Not a language at all (the proxy leaves file names alone): still a 404, never a 500.
    expect((await request.get("/favicon.ico")).status()).toBe(404);
    const english = await request.get("/faq/no-such-article", { headers: { "accept-language": "en" } });
    expect(english.status()).toBe(404);
    expect(await english.text()).toContain("Page not found");
  });

  test("GET on a credentials callback is a 405 in the error shape, not a 500 page", async ({ request }) => {
    const response = await request.get("/api/auth/callback/staff");
    expect(response.status()).toBe(405);
    expect(response.headers()["allow"]).toBe("POST");
    expect(await response.json()).toMatchObject({ error: "method_not_allowed" });
  });

  test("next-auth's error page leads to our sign-in page with a word for a code, never a 500 (a fuzzer found %00)", async ({ request }) => {
    const cases = [
      ["/api/auth/error?error=CredentialsSignin", "CredentialsSignin"],
      ["/api/auth/error/AccessDenied", "AccessDenied"],
      ["/api/auth/error/%00", "Default"],
      ["/api/auth/error?error=%00", "Default"],
      ["/api/auth/error/x?error=%E4%B8%AD%0D%0Ax", "Default"],
      ["/api/auth/error", "Default"],
    ];
    for (const [path, code] of cases) {
      const response = await request.get(path!, { maxRedirects: 0 });
      expect(response.status(), path).toBe(302);
      expect(response.headers()["location"], path).toBe(`/signin?error=${code}`);
    }
  });

  test("/api/health and /api/locale are never cached", async ({ request }) => {
    expect((await request.get("/api/health")).headers()["cache-control"]).toBe("no-store");
    expect((await request.post("/api/locale", { data: { locale: "en" } })).headers()["cache-control"]).toBe("no-store");
    expect((await request.post("/api/locale", { form: { locale: "en" }, maxRedirects: 0 })).headers()["cache-control"]).toBe("no-store");
  });

  test("another site cannot change anything: Origin or Sec-Fetch-Site cross-site is refused", async ({ request }) => {
    const byOrigin = await request.post("/api/locale", { form: { locale: "en" }, headers: { origin: "https://evil.example" }, maxRedirects: 0 });
    expect(byOrigin.status()).toBe(403);
    expect(await byOrigin.json()).toMatchObject({ error: "cross_site" });
    const byFetchSite = await request.post("/api/auth/sign-out", { headers: { "sec-fetch-site": "cross-site" }, maxRedirects: 0 });
    expect(byFetchSite.status()).toBe(403);
  });
});

test.describe("every answer carries the security headers (issue 18)", () => {
  test("a 404 of a file-like path is a page like any other: its language, a policy, and scripts that run", async ({ page, request }) => {
    test.setTimeout(90_000);
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    for (const path of ["/nothing.txt", "/a/b.png", "/x.js", "/y.xml", "/favicon.ico"]) {
      // Twice: Next keeps a 404 it rendered once, and the second answer must still match its policy.
      for (const round of [1, 2]) {
        const response = await request.get(path, { headers: { "accept-language": "en" } });
        expect(response.status(), `${path} #${round}`).toBe(404);
        expect(await response.text(), `${path} #${round}`).toContain("Page not found");
        const csp = response.headers()["content-security-policy"] ?? "";
        expect(csp, path).toContain("frame-ancestors 'none'");
        expect(csp, path).toMatch(/script-src 'self' ('sha256-|'nonce-)/);
        expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
      }
      await page.goto(path);
      await expect(page.getByRole("button", { name: /English/ })).toBeEnabled();
    }
    expect(violations).toEqual([]);
  });

  test("the API, the sitemap and files carry them too", async ({ request }) => {
    for (const path of ["/api/health", "/api/no-such-route", "/sitemap.xml", "/favicon.svg"]) {
      const response = await request.get(path);
      expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
      expect(response.headers()["x-frame-options"], path).toBe("DENY");
      expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }
  });
});

test.describe("requests Next answered with a bare 500 get their 4xx (issue 18)", () => {
  test("TRACE is a 405 with Allow: in the error shape under /api, plain text on pages", async ({ request }) => {
    for (const path of ["/api/health", "/api/tickets", "/api/no/such"]) {
      const response = await request.fetch(path, { method: "TRACE" });
      expect(response.status(), path).toBe(405);
      expect(response.headers()["allow"], path).toContain("GET");
      expect(await response.json(), path).toMatchObject({ error: "method_not_allowed" });
    }
    for (const path of ["/", "/faq", "/agent"]) {
      const response = await request.fetch(path, { method: "TRACE", headers: { "accept-language": "en" } });
      expect(response.status(), path).toBe(405);
      expect(response.headers()["allow"], path).toBe("GET, HEAD, POST");
      expect(await response.text(), path).toBe("This address does not answer TRACE requests.");
    }
  });

  test("a malformed percent-encoding in the path is a 400", async ({ baseURL }) => {
    // fetch() would re-encode the path: send it as typed.
    for (const path of ["/%ff", "/faq/%ff", "/api/tickets/%C0%AF"]) {
      const response = await fetch(`${baseURL}${path}`, { headers: { "accept-language": "en" } });
      expect(response.status, path).toBe(400);
      const text = await response.text();
      if (path.startsWith("/api/")) expect(JSON.parse(text), path).toMatchObject({ error: "bad_request" });
      else expect(text, path).toContain("percent-encoding");
    }
  });

  test("a form over 1 MB posted to a page is a 413, whether or not it says its length", async ({ request, baseURL }) => {
    const boundary = "----portal-e2e";
    const form = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="message"\r\n\r\n${"x".repeat(1.5 * 1024 * 1024)}\r\n--${boundary}--\r\n`);
    const headers = { "content-type": `multipart/form-data; boundary=${boundary}`, "accept-language": "en" };
    const sized = await request.post("/", { headers, data: form, maxRedirects: 0 });
    expect(sized.status()).toBe(413);
    expect(await sized.text()).toContain("1 MB");
    const chunked = await fetch(`${baseURL}/faq`, {
      method: "POST",
      headers,
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new Uint8Array(form));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });
});
