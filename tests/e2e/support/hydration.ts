import type { Page } from "@playwright/test";

declare global {
  interface Window {
    __portalReactCommits?: number;
  }
}

/**
 * Call before `page.goto`. Installs the hook React DevTools uses (React calls it on every commit
 * when it is there, production builds included), counting commits, so a test can wait for
 * hydration itself instead of guessing from network quiet: prerendered pages fetch their scripts
 * only after the first paint (decision 025), and under load "networkidle" can come first.
 */
export async function watchHydration(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const noop = () => {};
    Object.assign(window, {
      __REACT_DEVTOOLS_GLOBAL_HOOK__: {
        isDisabled: false,
        supportsFiber: true,
        renderers: new Map(),
        inject: () => 1,
        onScheduleFiberRoot: noop,
        onCommitFiberRoot: () => {
          window.__portalReactCommits = (window.__portalReactCommits ?? 0) + 1;
        },
        onCommitFiberUnmount: noop,
        onPostCommitFiberRoot: noop,
        checkDCE: noop,
      },
    });
  });
}

/** Waits until React has committed the page at least once (it hydrated), then for network quiet. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => (window.__portalReactCommits ?? 0) > 0);
  await page.waitForLoadState("networkidle");
}
