import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import GlobalError from "@/app/global-error";
import { ErrorState } from "./error-state";

const params: { locale: string | undefined } = vi.hoisted(() => ({ locale: "zh-CN" }));
vi.mock("next/navigation", () => ({ useParams: () => ({ locale: params.locale }) }));

function renderErrorState(locale: string | undefined, error: unknown) {
  params.locale = locale;
  return renderToStaticMarkup(<ErrorState error={error} retry={() => {}} />);
}

describe("the friendly error state", () => {
  it.each([
    ["zh-CN", "重试"],
    ["en", "Try again"],
  ] as const)("in %s offers a retry, a way home and the reference code", (locale, retryLabel) => {
    const html = renderErrorState(locale, Object.assign(new Error("database down"), { digest: "4187203917" }));
    expect(html).toContain(retryLabel);
    expect(html).toContain('href="/"');
    expect(html).toContain("4187203917");
    // The raw message may hold internals: it is logged, never shown.
    expect(html).not.toContain("database down");
  });

  it("falls back to Chinese outside a locale and works without a digest", () => {
    const html = renderErrorState(undefined, new Error("boom"));
    expect(html).toContain("<h1");
    expect(html).toContain("重试");
    expect(html).not.toContain("boom");
  });

  it("has a bilingual last-resort page that needs no translations", () => {
    const html = renderToStaticMarkup(<GlobalError error={{ digest: "77" }} retry={() => {}} />);
    expect(html).toContain("页面出错了");
    expect(html).toContain("Something went wrong");
    expect(html).toContain("77");
  });
});
