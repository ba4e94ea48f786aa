import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "adapter-pg-7";

// `prisma generate` only needs a URL that parses; without one the CLI falls back to
// downloading native engines, which cannot work on these machines (see docs/decisions/001).
process.env.DATABASE_URL ??= "postgresql://placeholder:placeholder@127.0.0.1:5432/placeholder";

/**
 * adapter-pg splits a migration on every ";" and runs the pieces one by one, which breaks
 * PL/pgSQL bodies and leaves a half-applied migration on error. PostgreSQL's simple query
 * protocol runs a multi-statement script as one implicit transaction: send it whole.
 */
class WholeScriptPrismaPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const pool = (adapter as unknown as { client: { query(sql: string): Promise<unknown> } }).client;
    const onError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        onError(error);
      }
    };
    return adapter;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter() {
    // Discrete fields, not a connection string: otherwise the shadow database lands on the main one.
    const url = new URL(process.env.DATABASE_URL!);
    return Promise.resolve(
      new WholeScriptPrismaPg({
        host: url.hostname,
        port: Number(url.port || 5432),
        user: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password),
        database: url.pathname.slice(1),
        allowExitOnIdle: true,
      }),
    );
  },
});
