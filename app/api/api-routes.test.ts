import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_ROUTE } from "@/lib/http/api-route";

// Every route handler, found on disk: a new route is checked without editing this test.
const apiDir = path.join(__dirname);
const routeFiles = fs
  .readdirSync(apiDir, { recursive: true, encoding: "utf8" })
  .filter((file) => /(^|\/)route\.tsx?$/.test(file))
  .sort();
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

describe("route handlers under app/api", () => {
  it("are found", () => {
    expect(routeFiles.length).toBeGreaterThanOrEqual(6);
  });

  it.each(routeFiles)("%s: every method goes through apiRoute() (error shape, no-store, cross-site refusal)", async (file) => {
    const exported = (await import(path.join(apiDir, file))) as Record<string, unknown>;
    const methods = METHODS.filter((method) => method in exported);
    expect(methods.length).toBeGreaterThan(0);
    for (const method of methods) expect((exported[method] as Record<symbol, unknown>)[API_ROUTE], `${file} ${method}`).toBe(true);
  });
});
