import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

type Viewport = { width: number; height: number };

/** Every scanned page is checked on a 390 px phone and on a desktop (DoD 6). */
export const AXE_VIEWPORTS: readonly Viewport[] = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

/**
 * Scans the page as it is at each viewport in turn and fails with the rule, its help text and the
 * elements for every serious or critical violation.
 *
 * Legacy mode runs axe inside the page itself. The default mode also opens a blank page in the
 * context to merge per-frame results and injects axe there a second time: 2.3-2.7 s a scan on an
 * idle 2-core machine against 0.9-1.2 s, with the same violations (measured on /, /faq and an
 * article). Our pages have no cross-origin frames, the one case legacy mode does not cover.
 */
export async function expectNoSeriousAxeViolations(page: Page, viewports: readonly Viewport[] = AXE_VIEWPORTS): Promise<void> {
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
    const blocking = results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => ({ id: violation.id, help: violation.help, targets: violation.nodes.map((node) => node.target.join(" ")) }));
    expect(blocking, `${page.url()} at ${viewport.width} px\n${JSON.stringify(blocking, null, 2)}`).toEqual([]);
  }
}
