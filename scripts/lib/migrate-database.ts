import { spawn } from "node:child_process";
import path from "node:path";
import { UserFacingError } from "./user-facing-error";

const root = path.resolve(__dirname, "..", "..");

/** Applies the committed migrations with `prisma migrate deploy` (never `migrate dev`). */
export async function migrateDatabase(databaseUrl: string, { quiet = true } = {}): Promise<void> {
  const prismaBin = path.join(root, "node_modules", "prisma", "build", "index.js");
  const preload = path.join(root, "scripts", "unref-long-timers.cjs");
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [prismaBin, "migrate", "deploy"], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${preload}`.trim(),
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk) => output.push(String(chunk)));
    child.stderr.on("data", (chunk) => output.push(String(chunk)));
    child.on("close", resolve);
  });
  if (!quiet) process.stdout.write(output.join(""));
  if (code !== 0) {
    const text = output.join("");
    const reason = text.split("\n").find((line) => /^Error|P\d{4}|error:/i.test(line.trim())) ?? text.trim().split("\n").at(-1);
    throw new UserFacingError(`Database migrations failed: ${reason?.trim() || `prisma exited with code ${code}`}`);
  }
}
