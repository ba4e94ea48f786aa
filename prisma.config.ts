import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "adapter-pg-7";

// `prisma generate` only needs a URL that parses; without one the CLI falls back to
// downloading native engines, which cannot work on these machines (see docs/decisions/001).
process.env.DATABASE_URL ??= "postgresql://placeholder:placeholder@127.0.0.1:5432/placeholder";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    // Discrete fields, not a connection string: otherwise the shadow database lands on the main one.
    const url = new URL(process.env.DATABASE_URL!);
    return new PrismaPg({
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: url.pathname.slice(1),
      allowExitOnIdle: true,
    });
  },
});
