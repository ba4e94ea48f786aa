/**
 * The portal's public origin for links that leave a request (canonical links, the sitemap, a
 * reply link sent by SMS): NEXTAUTH_URL (the start script
 * passes it to the build too, so prerendered pages carry it), else the local default.
 */
export function publicBaseUrl(): URL {
  try {
    return new URL(process.env.NEXTAUTH_URL || "http://localhost:3000");
  } catch {
    return new URL("http://localhost:3000");
  }
}
