import "server-only";
import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/client-ip";

/** The client's address for the access log, from a page or server action. */
export async function requestIp(): Promise<string> {
  return clientIp(await headers());
}
