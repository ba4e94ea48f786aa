import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/load-messages";
import type { Locale } from "@/lib/i18n/locales";
import ErrorPage from "./error";
import GlobalError from "./global-error";

async function renderErrorPage(locale: Locale, error: unknown) {
  const messages = await loadMessages(locale);
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="Asia/Shanghai">
      <ErrorPage error={error} retry={() => {}} />
    </NextIntlClientProvider>,
  );
}

describe("the friendly error state", () => {
  it.each([
    ["zh-CN", "重试"],
    ["en", "Try again"],
  ] as const)("in %s offers a retry, a way home and the reference code", async (locale, retryLabel) => {
    const html = await renderErrorPage(locale, Object.assign(new Error("database down"), { digest: "4187203917" }));
    expect(html).toContain(retryLabel);
    expect(html).toContain('href="/"');
    expect(html).toContain("4187203917");
    // The raw message may hold internals: it is logged, never shown.
    expect(html).not.toContain("database down");
  });

  it("works without a digest", async () => {
    const html = await renderErrorPage("en", new Error("boom"));
    expect(html).toContain("<h1");
    expect(html).not.toContain("boom");
  });

  it("has a bilingual last-resort page that needs no translations", () => {
    const html = renderToStaticMarkup(<GlobalError error={{ digest: "77" }} retry={() => {}} />);
    expect(html).toContain("页面出错了");
    expect(html).toContain("Something went wrong");
    expect(html).toContain("77");
  });
});
