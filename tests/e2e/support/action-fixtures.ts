import { database, signedIn, type SignedIn } from "./portal";

/*
 * Records of the action fuzzer's own, so that calling every action with real ids never touches
 * the demo data other journeys read: an active and a frozen account, a ticket on the first one
 * held by another agent, and a goodwill adjustment another supervisor asked for. `snapshot()`
 * reads everything an action could change about them, to compare before and after a refusal.
 */

export type ActionFixtures = {
  activeAccount: string;
  frozenAccount: string;
  ticket: number;
  adjustment: string;
  otherAgent: SignedIn;
  otherSupervisor: SignedIn;
  otherWallet: SignedIn;
};

let sequence = 0;

export async function createActionFixtures(): Promise<ActionFixtures> {
  const db = database();
  const tag = `${process.pid}_${Date.now().toString(36)}_${++sequence}`;
  const [otherAgent, otherSupervisor, otherWallet] = [await signedIn("agent"), await signedIn("supervisor"), await signedIn("wallet")];
  const account = async (status: "ACTIVE" | "FROZEN", n: number) => {
    const id = `e2e_fuzz_${status.toLowerCase()}_${tag}`;
    // 11 digits of its own (phones are unique): 19 + 9 digits from the clock and the counter.
    const phone = `19${String((Date.now() * 10 + n + sequence * 2) % 1_000_000_000).padStart(9, "0")}`;
    await db.query(`INSERT INTO "WalletAccount" (id, "ownerName", phone, "phoneMasked", status, "updatedAt") VALUES ($1, 'E2E Fuzz', $2, '190****0000', $3, now())`, [id, phone, status]);
    return id;
  };
  const activeAccount = await account("ACTIVE", 0);
  const frozenAccount = await account("FROZEN", 1);
  const ticket = await db.query<{ number: number }>(
    `INSERT INTO "Ticket" (id, subject, status, "accountId", "assigneeId", "claimedAt", "updatedAt") VALUES ($1, 'E2E action fuzz', 'OPEN', $2, $3, now(), now()) RETURNING number`,
    [`e2e_fuzz_ticket_${tag}`, activeAccount, otherAgent.id],
  );
  const adjustment = `e2e_fuzz_adjustment_${tag}`;
  await db.query(
    `INSERT INTO "GoodwillAdjustment" (id, "accountId", "amountMinor", reason, status, "requestedById") VALUES ($1, $2, 5000, 'E2E fuzz', 'PENDING_APPROVAL', $3)`,
    [adjustment, activeAccount, otherSupervisor.id],
  );
  return { activeAccount, frozenAccount, ticket: ticket.rows[0]!.number, adjustment, otherAgent, otherSupervisor, otherWallet };
}

/** Everything an action could change about the fixtures, as one comparable value. */
export async function snapshot(fixtures: ActionFixtures): Promise<unknown> {
  const { rows } = await database().query(
    `SELECT
       (SELECT json_agg(json_build_object('id', id, 'status', status, 'balance', "balanceMinor"::text) ORDER BY id) FROM "WalletAccount" WHERE id = ANY($1)) AS accounts,
       (SELECT json_build_object('status', status, 'assignee', "assigneeId", 'version', version, 'cause', cause) FROM "Ticket" WHERE number = $2) AS ticket,
       (SELECT count(*) FROM "TicketMessage" m JOIN "Ticket" t ON t.id = m."ticketId" WHERE t.number = $2) AS messages,
       (SELECT json_agg(json_build_object('id', id, 'status', status) ORDER BY id) FROM "GoodwillAdjustment" WHERE "accountId" = ANY($1)) AS adjustments,
       (SELECT count(*) FROM "FaqRevision") AS revisions`,
    [[fixtures.activeAccount, fixtures.frozenAccount], fixtures.ticket],
  );
  return rows[0];
}

export async function removeActionFixtures(fixtures: ActionFixtures): Promise<void> {
  const db = database();
  await db.query(`DELETE FROM "Ticket" WHERE number = $1`, [fixtures.ticket]);
  // Adjustments and ledger entries go with their account (ON DELETE CASCADE).
  await db.query(`DELETE FROM "WalletAccount" WHERE id = ANY($1)`, [[fixtures.activeAccount, fixtures.frozenAccount]]);
}
