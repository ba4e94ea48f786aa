import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { apiRoute } from "@/lib/http/api-route";

const request = (init: { headers?: Record<string, string> } = {}) => new NextRequest("http://localhost:3000/api/x", { method: "POST", headers: { host: "localhost:3000" }, ...init });

describe("apiRoute", () => {
  it("answers a cross-site call with 403 before the handler runs", async () => {
    const handler = vi.fn(() => Response.json({}));
    const response = await apiRoute(handler)(request({ headers: { host: "localhost:3000", origin: "https://evil.example" } }), {});
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: "cross_site", message: expect.any(String) });
    expect(handler).not.toHaveBeenCalled();
  });

  it("turns a thrown AppError into its status and an unexpected error into a 500, both in the error shape", async () => {
    const notFound = await apiRoute(() => Promise.reject(new AppError("NOT_FOUND", "account not found")))(request(), {});
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toEqual({ error: "not_found", message: "account not found" });

    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const crash = await apiRoute(() => Promise.reject(new Error("connection refused: secret-host:5432")))(request(), {});
    expect(crash.status).toBe(500);
    const body = await crash.text();
    expect(JSON.parse(body)).toEqual({ error: "internal", message: expect.any(String) });
    expect(body).not.toContain("secret-host");
    expect(crash.headers.get("cache-control")).toBe("no-store");
    error.mockRestore();
  });

  it("answers 503 service_unavailable with Retry-After when the database cannot be reached, in the error shape", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", errno: -111, syscall: "connect" });
    const outage = await apiRoute(() => Promise.reject(new Error("could not create the ticket", { cause: refused })))(request(), {});
    expect(outage.status).toBe(503);
    expect(outage.headers.get("retry-after")).toBe("5");
    expect(outage.headers.get("cache-control")).toBe("no-store");
    expect(await outage.json()).toEqual({ error: "service_unavailable", message: expect.stringContaining("database"), retryAfterSeconds: 5 });
    error.mockRestore();
  });

  it("makes every answer no-store unless the handler chose otherwise, redirects included", async () => {
    expect((await apiRoute(() => Response.json({ ok: true }))(request(), {})).headers.get("cache-control")).toBe("no-store");
    const redirect = await apiRoute(() => Response.redirect("http://localhost:3000/", 303))(request(), {});
    expect([redirect.status, redirect.headers.get("cache-control")]).toEqual([303, "no-store"]);
    const cached = await apiRoute(() => Response.json({}, { headers: { "Cache-Control": "public, max-age=60" } }))(request(), {});
    expect(cached.headers.get("cache-control")).toBe("public, max-age=60");
  });
});
