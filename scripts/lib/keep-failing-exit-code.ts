/*
 * embedded-postgres registers async-exit-hook, which answers Node's 'beforeExit' with
 * process.exit(0). A process that ends by draining its event loop after setting a failing
 * process.exitCode (vitest does this when a test fails) would then exit 0: failing integration
 * tests passed `npm test`. This notes the code when the loop drains and puts it back on exit.
 * Imported for its effect by scripts/lib/embedded-postgres.ts, before the hook can fire.
 */
let codeWhenDrained: number | string | undefined;

process.on("beforeExit", () => {
  codeWhenDrained = process.exitCode ?? undefined;
});

process.on("exit", (code) => {
  if (code === 0 && codeWhenDrained !== undefined && Number(codeWhenDrained) !== 0) process.exitCode = codeWhenDrained;
});
