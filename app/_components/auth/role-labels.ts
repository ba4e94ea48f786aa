import "server-only";
import { getTranslations } from "next-intl/server";
import { Role } from "@/generated/prisma/enums";

/** Every role's name in the request's language, for client components that show who is signed in. */
export async function roleLabels(): Promise<Record<Role, string>> {
  const t = await getTranslations("auth.roles");
  return Object.fromEntries(Object.values(Role).map((role) => [role, t(role)])) as Record<Role, string>;
}
