import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./support/axe";

// An axe scan alone takes 3-5 s of CPU on an idle 2-core machine and several times that beside the
// other worker's portal starts and page regenerations (a fresh clone timed one out at 30 s).
test.describe.configure({ timeout: 60_000 });

// The wizard's pages (wizard.spec.ts), the help center's (help-a11y.spec.ts) and the staff
// area's (agent-a11y.spec.ts) are scanned beside their journeys; these are the rest.
const PAGES = ["/", "/tickets", "/signin", "/password", "/staff/signin", "/this-page-does-not-exist"];
const LOCALES = ["zh-CN", "en"] as const;

for (const locale of LOCALES) {
  test.describe(`accessibility (${locale})`, () => {
    for (const path of PAGES) {
      test(`${path} has no serious or critical axe violations`, async ({ page, baseURL }) => {
        await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL ?? "http://localhost" }]);
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expectNoSeriousAxeViolations(page);
      });
    }
  });
}
