import { expect, type APIRequestContext } from "@playwright/test";
import { database } from "./portal";

/*
 * SMS-code helpers: people with phones of their own (so throttles never touch another test's
 * phone), and the development outbox, which is how a person trying the demo reads a code.
 */

const created = { users: [] as string[], accounts: [] as string[] };
let sequence = 0;

/** A phone nobody else uses: 166 + 8 digits from the clock and a counter. */
export function freshPhone(): string {
  return `166${String((Date.now() % 1e6) * 100 + (++sequence % 100) + process.pid * 7).slice(-8).padStart(8, "0")}`;
}

/** A wallet account (no portal user yet, like the background accounts), for `name`. */
export async function walletAccount(name: string): Promise<{ id: string; phone: string }> {
  const phone = freshPhone();
  const id = `e2e_acc_${phone}`;
  await database().query(`INSERT INTO "WalletAccount" (id, "ownerName", phone, "phoneMasked", "updatedAt") VALUES ($1, $2, $3, $4, now())`, [
    id,
    name,
    phone,
    `${phone.slice(0, 3)}****${phone.slice(7)}`,
  ]);
  created.accounts.push(id);
  return { id, phone };
}

/** The newest code the development sender wrote for `phone`, once it is there (it is sent after the answer). */
export async function codeFromOutbox(request: APIRequestContext, phone: string, options: { notCode?: string; baseURL?: string } = {}): Promise<string> {
  let code = "";
  await expect
    .poll(async () => {
      const response = await request.get(`${options.baseURL ?? ""}/api/dev/outbox?phone=${phone}`);
      const body = (await response.json()) as { messages: { code: string | null }[] };
      code = body.messages[0]?.code ?? "";
      return code !== "" && code !== options.notCode;
    })
    .toBe(true);
  return code;
}

/** Every portal user and account these helpers made (claimed users included), and their codes. */
export async function cleanUpSms(): Promise<void> {
  const db = database();
  await db.query(`DELETE FROM "PortalUser" WHERE "walletAccountId" = ANY($1) OR id = ANY($2)`, [created.accounts, created.users]);
  await db.query(`DELETE FROM "WalletAccount" WHERE id = ANY($1)`, [created.accounts.splice(0)]);
  created.users.splice(0);
}

/**
 * The per-IP code limit (20 an hour) counts every e2e request from this machine; a rerun within
 * the hour would hit it. Each spec starts from zero on that one key.
 */
export async function resetIpCodeLimit(): Promise<void> {
  await database().query(`DELETE FROM "RateLimit" WHERE key LIKE 'sms-code:ip:%'`);
}
