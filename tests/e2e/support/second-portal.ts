import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect } from "@playwright/test";
import { findFreePort } from "../../../scripts/lib/free-port";

const root = path.resolve(__dirname, "..", "..", "..");

export type SecondPortal = { port: number; url: string; output: () => string; stop: () => Promise<void> };

/**
 * Another `npm start` beside the e2e portal (same build folder, so no second build), on a free
 * port: E2E_PORT + n may be another run's portal on a shared machine. `env(port)` gives its
 * settings; it fails at once, with the portal's output, if the start exits before it answers.
 */
export async function startSecondPortal(env: (port: number) => Record<string, string>): Promise<SecondPortal> {
  const port = await findFreePort();
  let output = "";
  const portal: ChildProcess = spawn(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/start.ts"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e", PORT: String(port), ...env(port) },
  });
  portal.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  portal.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://localhost:${port}`;
  await expect
    .poll(
      () => {
        if (portal.exitCode !== null) throw new Error(`the second portal exited (${portal.exitCode}):\n${output}`);
        return fetch(`${url}/api/health`).then((r) => r.status, () => 0);
      },
      { timeout: 200_000, intervals: [500] },
    )
    .toBe(200);
  return {
    port,
    url,
    output: () => output,
    stop: async () => {
      if (portal.exitCode !== null) return;
      const exited = new Promise((resolve) => portal.once("exit", resolve));
      portal.kill("SIGTERM");
      await exited;
    },
  };
}
