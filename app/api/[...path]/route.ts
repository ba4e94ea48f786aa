import { apiError } from "@/lib/http/api-error";
import { apiRoute } from "@/lib/http/api-route";

/**
 * Any /api path that no route handler serves: a JSON 404 in the error shape, like every other
 * API answer, instead of the HTML not-found page. (More specific routes always win over this
 * catch-all.)
 */
const notFound = apiRoute((request) => apiError(404, "not_found", `There is no API at ${new URL(request.url).pathname}.`));

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
