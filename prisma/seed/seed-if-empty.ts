// Called by the start script: a fresh database gets the demo world, a used one is left alone.
import type { PrismaClient } from "@/generated/prisma/client";
import { seedDemoData } from "./seed-demo-data";

/** Seeds demo data only when nobody can sign in yet (no PortalUser rows); true when it seeded. */
export async function seedIfEmpty(db: PrismaClient): Promise<boolean> {
  if ((await db.portalUser.count()) > 0) return false;
  await seedDemoData(db);
  return true;
}
