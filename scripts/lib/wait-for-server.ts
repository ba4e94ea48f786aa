import type { ChildProcess } from "node:child_process";

/** Waits until `url` answers below 500, failing at once if the server process `child` exits. */
export async function waitForServer(url: string, child: ChildProcess, timeoutSeconds = 240): Promise<void> {
  for (let i = 0; i < timeoutSeconds * 4; i++) {
    if (child.exitCode !== null) throw new Error(`the server for ${url} exited with ${child.exitCode}`);
    if (await fetch(url).then((r) => r.status < 500, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer in ${timeoutSeconds} s`);
}
