import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { cleanUpPeople, closeDatabase, signedIn } from "./support/portal";

/*
 * Odd dates and cursors from elsewhere on the agent lists: the APIs answer 400 naming the field,
 * the pages answer 200 and say what is wrong in words (issue 18, item 10). Year 0 used to reach
 * PostgreSQL and come back as a 500.
 */

const ACCOUNT = "acc_liu_yang";
const ODD_DATES = ["0001-01-01", "0000-00-00", "99999-01-01", "0001-01-01T00:00:00Z", "1969-12-31"];
/** A well-formed ledger cursor whose time is in year 1: tampered, yet the right shape. */
const YEAR_ONE_CURSOR = Buffer.from(JSON.stringify({ t: "0001-01-01T00:00:00.000Z", s: 1 })).toString("base64url");

test.afterAll(async () => {
  await cleanUpPeople();
  await closeDatabase();
});

async function cursorsOfEveryList(request: APIRequestContext, cookie: string) {
  const next = async (url: string) => {
    const response = await request.get(url, { headers: { cookie } });
    expect(response.status()).toBe(200);
    const cursor = (await response.json()).nextCursor as string | null;
    expect(cursor).toEqual(expect.any(String));
    return cursor!;
  };
  return {
    ledger: await next(`/api/agent/accounts/${ACCOUNT}/entries?limit=1`),
    audit: await next("/api/agent/audit?limit=1"),
    queue: await next("/api/agent/tickets?limit=1&status=NEW&status=OPEN&status=WAITING_ON_CUSTOMER&status=RESOLVED&status=CLOSED"),
  };
}

async function staffPage(browser: Browser, baseURL: string, token: string, locale: "zh-CN" | "en") {
  const context = await browser.newContext();
  await context.addCookies([
    { name: "NEXT_LOCALE", value: locale, url: baseURL },
    { name: "next-auth.session-token", value: token, url: baseURL },
  ]);
  return context.newPage();
}

test("the agent APIs answer 400 naming the field for dates outside 2000-2099 and for cursors of another list", async ({ request }) => {
  const { cookie } = await signedIn("supervisor");
  const cursors = await cursorsOfEveryList(request, cookie);
  const dated = [`/api/agent/audit`, `/api/agent/accounts/${ACCOUNT}/entries`, `/api/agent/accounts/${ACCOUNT}/entries.csv`];
  for (const url of dated) {
    for (const value of ODD_DATES) {
      for (const field of ["from", "to"]) {
        const response = await request.get(`${url}?${field}=${encodeURIComponent(value)}`, { headers: { cookie } });
        expect(response.status(), `${url}?${field}=${value}`).toBe(400);
        const body = await response.json();
        expect(body).toMatchObject({ error: "invalid_input", message: expect.stringMatching(new RegExp(`^${field}: `)) });
        expect(body.errors).toEqual([{ path: field, message: expect.any(String) }]);
      }
    }
  }
  const foreign: [string, string][] = [
    [`/api/agent/accounts/${ACCOUNT}/entries`, cursors.audit],
    [`/api/agent/accounts/${ACCOUNT}/entries.csv`, cursors.queue],
    [`/api/agent/accounts/${ACCOUNT}/entries`, YEAR_ONE_CURSOR],
    ["/api/agent/audit", cursors.ledger],
    ["/api/agent/tickets", cursors.audit],
    ["/api/agent/tickets", "not-a-cursor"],
  ];
  for (const [url, cursor] of foreign) {
    const response = await request.get(`${url}?cursor=${cursor}`, { headers: { cookie } });
    expect(response.status(), `${url} with a foreign cursor`).toBe(400);
    expect((await response.json()).errors).toEqual([{ path: "cursor", message: "not a cursor from this list: start again without it" }]);
  }
  // The window's own edges are fine.
  expect((await request.get(`/api/agent/audit?from=2000-01-01&to=2099-12-31`, { headers: { cookie } })).status()).toBe(200);
});

const WORDS = {
  "zh-CN": { from: "开始日期", range: "日期须在 2000-01-01 至 2099-12-31 之间", cursor: "这个翻页链接来自另一个列表", first: "回到第一页" },
  en: { from: "From", range: "must be a date between 2000-01-01 and 2099-12-31", cursor: "This page link belongs to another list", first: "Back to the first page" },
} as const;

for (const locale of ["zh-CN", "en"] as const) {
  test(`the agent pages explain an odd date and a foreign cursor in words (${locale})`, async ({ browser, baseURL, request }) => {
    test.slow(); // a dozen dynamic staff pages on a shared machine
    const supervisor = await signedIn("supervisor");
    const cursors = await cursorsOfEveryList(request, supervisor.cookie);
    const page = await staffPage(browser, baseURL!, supervisor.token, locale);
    const said = WORDS[locale];
    for (const url of [`/agent/audit?from=0001-01-01`, `/agent/accounts/${ACCOUNT}?from=0001-01-01T00:00:00Z`]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(page.getByRole("alert").filter({ hasText: said.range })).toContainText(`${said.from}: ${said.range}`);
    }
    for (const url of [`/agent/tickets?cursor=${cursors.ledger}`, `/agent/audit?action=account.view&cursor=${cursors.queue}`, `/agent/accounts/${ACCOUNT}?cursor=${YEAR_ONE_CURSOR}`, `/agent/tickets?cursor=garbage!`]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      const notice = page.getByRole("status").filter({ hasText: said.cursor });
      await expect(notice).toBeVisible();
      // The way out keeps the filters and drops the cursor, and the first page it leads to is fine.
      const href = await notice.getByRole("link", { name: said.first }).getAttribute("href");
      expect(href).not.toContain("cursor=");
      if (url.includes("action=")) expect(href).toContain("action=account.view");
      expect((await page.goto(href!))?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("status").filter({ hasText: said.cursor })).toHaveCount(0);
    }
    await page.context().close();
  });
}
