import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { isDatabaseUnavailable, markDatabaseUnavailable } from "@/lib/errors/database-unavailable";

// Shapes as observed with Prisma 6.19 + @prisma/adapter-pg against a closed port, a stopped
// server and pg_terminate_backend (docs/decisions/030-database-outage.md).
const adapterError = (cause: Record<string, unknown>) => ({ name: "DriverAdapterError", cause });
const prismaError = (code: string, meta: Record<string, unknown> = {}) => new Prisma.PrismaClientKnownRequestError("Invalid `prisma.x()` invocation", { code, clientVersion: "6.19.3", meta });
const socketError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, errno: -111, syscall: "connect" });
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code, severity: "FATAL" });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["P1001 can't reach (closed port, stopped server)", prismaError("P1001", { driverAdapterError: adapterError({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 1 }) })],
    ["P1017 server closed the connection", prismaError("P1017", { driverAdapterError: adapterError({ kind: "ConnectionClosed" }) })],
    ["P2024 pool timeout", prismaError("P2024")],
    ["P1008 timed out", prismaError("P1008", { driverAdapterError: adapterError({ kind: "SocketTimeout" }) })],
    ["57P01 admin_shutdown in a model query (no Prisma code of its own)", prismaError("P2010", { driverAdapterError: adapterError({ kind: "postgres", code: "57P01", originalCode: "57P01" }) })],
    ["57P03 cannot_connect_now (starting up)", adapterError({ kind: "postgres", code: "57P03" })],
    ["08006 connection_failure", adapterError({ kind: "postgres", code: "08006" })],
    ["ECONNREFUSED from pg", socketError("ECONNREFUSED")],
    ["ECONNRESET from pg", socketError("ECONNRESET")],
    ["57P01 from pg directly", pgError("57P01", "terminating connection due to administrator command")],
    ["pg: Connection terminated unexpectedly", new Error("Connection terminated unexpectedly")],
    ["pg-pool: connect timeout", new Error("timeout exceeded when trying to connect")],
    ["Prisma initialization error", Object.assign(new Error("Can't reach database server"), { name: "PrismaClientInitializationError", errorCode: "P1001" })],
    ["AggregateError of both localhost addresses", Object.assign(new AggregateError([socketError("ECONNREFUSED"), socketError("ECONNREFUSED")]), { code: undefined })],
    ["wrapped as a cause", new Error("ticket creation failed", { cause: socketError("ECONNREFUSED") })],
  ])("recognises %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", prismaError("P2002", { driverAdapterError: adapterError({ kind: "UniqueConstraintViolation" }) })],
    ["a syntax error in raw SQL", prismaError("P2010", { driverAdapterError: adapterError({ kind: "postgres", code: "42601" }) })],
    ["a record not found", prismaError("P2025")],
    ["authentication failed (a configuration error, not an outage)", prismaError("P1000", { driverAdapterError: adapterError({ kind: "AuthenticationFailed" }) })],
    ["a serialization failure", adapterError({ kind: "TransactionWriteConflict" })],
    ["a bug", new TypeError("Cannot read properties of undefined (reading 'id')")],
    ["a message that only mentions a connection", new Error("Connection terminated unexpectedly, said the user")],
    ["no error at all", undefined],
    ["a string", "ECONNREFUSED"],
  ])("does not take %s for an outage", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("survives a cause that points back at itself", () => {
    const looped = new Error("loop") as Error & { cause?: unknown };
    looped.cause = looped;
    expect(isDatabaseUnavailable(looped)).toBe(false);
  });
});

describe("markDatabaseUnavailable", () => {
  it("gives an outage its fixed digest and leaves other errors alone", () => {
    const outage = prismaError("P1001") as Error & { digest?: string };
    const bug = new Error("bug") as Error & { digest?: string };
    markDatabaseUnavailable(outage);
    markDatabaseUnavailable(bug);
    expect(outage.digest).toBe("DATABASE_UNAVAILABLE");
    expect(bug.digest).toBeUndefined();
  });
});
