import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { cleanUpPeople, closeDatabase, signedIn } from "./support/portal";

// An axe scan alone takes 3-5 s of CPU on an idle 2-core machine and several times that beside the
// other worker's portal starts and page regenerations (a fresh clone timed one out at 30 s).
test.describe.configure({ timeout: 60_000 });

const PUBLIC = ["/faq", "/faq/category/credit", "/faq/credit-record", "/faq/search?q=%E5%85%85%E5%80%BC", "/faq/search?q=zzzzqqq"];
const EDITOR = ["/agent/faq", "/agent/faq/new", "/agent/faq/faq_zh-CN_credit-record"];

test.afterAll(async () => {
  await cleanUpPeople();
  await closeDatabase();
});

for (const locale of ["zh-CN", "en"] as const) {
  test.describe(`help center accessibility (${locale})`, () => {
    for (const path of [...PUBLIC, ...EDITOR]) {
      test(`${path} has no serious or critical axe violations`, async ({ page, baseURL }) => {
        const cookies: { name: string; value: string; url: string }[] = [{ name: "NEXT_LOCALE", value: locale, url: baseURL! }];
        if (path.startsWith("/agent")) {
          const { token } = await signedIn("supervisor");
          cookies.push({ name: "next-auth.session-token", value: token, url: baseURL! }, { name: "portal-signed-in", value: "1", url: baseURL! });
        }
        await page.context().addCookies(cookies);
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expectNoSeriousAxeViolations(page);
      });
    }
  });
}
