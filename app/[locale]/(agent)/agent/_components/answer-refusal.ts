import "server-only";
import { forbidden, notFound } from "next/navigation";
import { AppError } from "@/lib/errors/app-error";

/**
 * A lib/ refusal inside a server action, answered the way the pages answer it: the wrong role is
 * the 403 page, an id that names nothing the 404 page (never an error page with a 500). Anything
 * else is unexpected and propagates.
 */
export function answerRefusal(error: unknown): never {
  if (error instanceof AppError && (error.code === "FORBIDDEN" || error.code === "UNAUTHENTICATED")) forbidden();
  if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
  throw error;
}
