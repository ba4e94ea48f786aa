// Prisma's WASM schema engine keeps a 10 s timer alive after `migrate deploy` finishes.
// Loaded with NODE_OPTIONS=--require, this lets the CLI exit as soon as its work is done.
const originalSetTimeout = global.setTimeout;
global.setTimeout = function patchedSetTimeout(fn, ms, ...args) {
  const timer = originalSetTimeout(fn, ms, ...args);
  if (typeof ms === "number" && ms >= 5000 && timer && typeof timer.unref === "function") timer.unref();
  return timer;
};
