/** The media type of a request without parameters, lower-cased ("" when absent). */
export function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/** application/json or any application/*+json. */
export function isJsonRequest(request: Request): boolean {
  const type = mediaType(request);
  return type === "application/json" || /^application\/[\w.+-]+\+json$/.test(type);
}

export function isFormRequest(request: Request): boolean {
  const type = mediaType(request);
  return type === "application/x-www-form-urlencoded" || type === "multipart/form-data";
}
