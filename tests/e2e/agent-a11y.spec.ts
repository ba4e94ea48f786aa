import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { cleanUpPeople, closeDatabase, signedIn } from "./support/portal";

// An axe scan alone takes 3-5 s of CPU on an idle 2-core machine and several times that beside the
// other worker's portal starts and page regenerations (a fresh clone timed one out at 30 s).
test.describe.configure({ timeout: 60_000 });

const PAGES = ["/agent/tickets", "/agent/tickets/1", "/agent/accounts?q=li", "/agent/accounts/acc_li_na", "/agent/audit"];

test.afterAll(async () => {
  await cleanUpPeople();
  await closeDatabase();
});

for (const locale of ["zh-CN", "en"] as const) {
  test.describe(`agent workspace accessibility (${locale})`, () => {
    for (const path of PAGES) {
      test(`${path} has no serious or critical axe violations`, async ({ page, baseURL }) => {
        const supervisor = await signedIn("supervisor");
        await page.context().addCookies([
          { name: "NEXT_LOCALE", value: locale, url: baseURL! },
          { name: "next-auth.session-token", value: supervisor.token, url: baseURL! },
        ]);
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expectNoSeriousAxeViolations(page);
      });
    }
  });
}
