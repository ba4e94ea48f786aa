import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, isLocale, localeFromAcceptLanguage } from "@/lib/i18n/locales";

describe("localeFromAcceptLanguage", () => {
  it("falls back to the default locale without a header", () => {
    expect(localeFromAcceptLanguage(null)).toBe(DEFAULT_LOCALE);
    expect(localeFromAcceptLanguage(undefined)).toBe(DEFAULT_LOCALE);
    expect(localeFromAcceptLanguage("")).toBe(DEFAULT_LOCALE);
  });

  it("picks English for an English browser", () => {
    expect(localeFromAcceptLanguage("en-US,en;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage("EN-gb")).toBe("en");
  });

  it("maps any Chinese variant to zh-CN", () => {
    expect(localeFromAcceptLanguage("zh-TW,zh;q=0.9")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("zh-Hant-HK")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("zh")).toBe("zh-CN");
  });

  it("respects q-values rather than order", () => {
    expect(localeFromAcceptLanguage("zh-CN;q=0.4,en;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("en;q=0.5, zh-CN")).toBe("zh-CN");
  });

  it("skips unsupported languages and q=0", () => {
    expect(localeFromAcceptLanguage("fr-FR,fr;q=0.9,en;q=0.5")).toBe("en");
    expect(localeFromAcceptLanguage("en;q=0,zh;q=0.1")).toBe("zh-CN");
  });

  it("falls back to the default for unsupported languages only", () => {
    expect(localeFromAcceptLanguage("fr")).toBe(DEFAULT_LOCALE);
    expect(localeFromAcceptLanguage("de-DE, ja;q=0.8")).toBe(DEFAULT_LOCALE);
  });
});

describe("isLocale", () => {
  it("accepts only supported locales, exactly", () => {
    expect(isLocale("zh-CN")).toBe(true);
    expect(isLocale("en")).toBe(true);
    expect(isLocale("zh-cn")).toBe(false);
    expect(isLocale("fr")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
