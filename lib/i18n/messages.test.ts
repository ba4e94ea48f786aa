import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AREAS } from "@/lib/i18n/load-messages";
import { LOCALES } from "@/lib/i18n/locales";

const MESSAGES_DIR = path.resolve(__dirname, "../../messages");

/** Every area file found under messages/, in any locale (so new areas are checked too). */
const areaFiles = [...new Set(LOCALES.flatMap((locale) => readdirSync(path.join(MESSAGES_DIR, locale))))]
  .filter((file) => file.endsWith(".json"))
  .sort();

function read(locale: string, file: string): unknown {
  return JSON.parse(readFileSync(path.join(MESSAGES_DIR, locale, file), "utf8"));
}

/** Flattens nested messages to "a.b.c" -> value. */
function flatten(value: unknown, prefix = ""): Map<string, unknown> {
  const result = new Map<string, unknown>();
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) result.set(k, v);
    }
  } else {
    result.set(prefix, value);
  }
  return result;
}

/** Argument names of an ICU message: "{name}", "{count, plural, ...}" (not "#" or plural branches). */
function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((m) => m[1] ?? "").sort();
}

describe("message files", () => {
  it("finds the areas the app loads", () => {
    expect(areaFiles).toEqual([...AREAS].map((area) => `${area}.json`).sort());
  });

  for (const file of areaFiles) {
    describe(file, () => {
      const byLocale = Object.fromEntries(
        LOCALES.map((locale) => {
          const exists = readdirSync(path.join(MESSAGES_DIR, locale)).includes(file);
          return [locale, exists ? flatten(read(locale, file)) : new Map<string, unknown>()];
        }),
      );
      const allKeys = [...new Set(Object.values(byLocale).flatMap((map) => [...map.keys()]))].sort();

      it("has a non-empty string for every key in every locale", () => {
        const problems: string[] = [];
        for (const locale of LOCALES) {
          for (const key of allKeys) {
            const value = byLocale[locale]?.get(key);
            if (typeof value !== "string") problems.push(`${locale}: ${key} is ${value === undefined ? "missing" : "not a string"}`);
            else if (!value.trim()) problems.push(`${locale}: ${key} is empty`);
          }
        }
        expect(problems).toEqual([]);
      });

      it("uses the same placeholders in every locale", () => {
        const problems: string[] = [];
        for (const key of allKeys) {
          const [first, ...rest] = LOCALES.map((locale) => {
            const value = byLocale[locale]?.get(key);
            return typeof value === "string" ? placeholders(value).join(",") : "";
          });
          rest.forEach((other, i) => {
            if (other !== first) problems.push(`${key}: ${LOCALES[0]} {${first}} vs ${LOCALES[i + 1]} {${other}}`);
          });
        }
        expect(problems).toEqual([]);
      });
    });
  }
});

describe("placeholders", () => {
  it("finds simple and plural arguments but not plural branches", () => {
    expect(placeholders("Hi {name}, you have {count, plural, one {# ticket} other {# tickets}}")).toEqual(["count", "name"]);
    expect(placeholders("no arguments")).toEqual([]);
  });
});
