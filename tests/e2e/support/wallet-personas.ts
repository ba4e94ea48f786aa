import fs from "node:fs";
import path from "node:path";
import type { BrowserContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { database } from "./portal";

/*
 * Signs in as a demo persona (docs/demo-data.md) by minting their session the way next-auth
 * does, so "check my account" and "my tickets" can be tested on the seeded ledgers. Tests never
 * sign these people out (that would end every session of theirs).
 */

const dataDir = path.resolve(process.env.E2E_DATA_DIR ?? path.join(".tmp", "e2e-data"));

export type Persona = { id: string; walletAccountId: string; cookie: string };

export async function personaByPhone(phone: string): Promise<Persona> {
  const { rows } = await database().query<{ id: string; name: string; walletAccountId: string; sessionVersion: number; locale: string }>(
    `SELECT id, name, "walletAccountId", "sessionVersion", locale FROM "PortalUser" WHERE phone = $1`,
    [phone],
  );
  const user = rows[0];
  if (!user) throw new Error(`no demo persona with phone ${phone}`);
  const secret = (JSON.parse(fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as { nextAuthSecret: string }).nextAuthSecret;
  const token = await encode({
    secret,
    token: { sub: user.id, user: { id: user.id, role: "WALLET_USER", name: user.name, locale: user.locale, walletAccountId: user.walletAccountId }, sessionVersion: user.sessionVersion, authTime: Math.floor(Date.now() / 1000) },
  });
  return { id: user.id, walletAccountId: user.walletAccountId, cookie: `next-auth.session-token=${token}` };
}

/** Puts the persona's session (and the hint cookie the header reads) into a browser context. */
export async function signInBrowser(context: BrowserContext, baseURL: string, persona: Persona): Promise<void> {
  const value = persona.cookie.split("=")[1]!;
  await context.addCookies([
    { name: "next-auth.session-token", value, url: baseURL },
    { name: "portal-signed-in", value: "1", url: baseURL },
  ]);
}
