import { z } from "zod";
import { cursorParam } from "@/lib/http/keyset-cursor";
import { ID_PATTERN } from "@/lib/http/plain-text";
import { cursorMoment, queryMoment } from "@/lib/http/query-dates";

/** The access-log cursor: the last row's (at, id), newest first. */
export const auditCursor = z.object({ t: cursorMoment, i: z.string().regex(/^\d{1,19}$/) });

/** Filters of the access log (page and GET /api/agent/audit). */
export const auditQuery = z.object({
  accountId: z.string().trim().regex(ID_PATTERN, { error: "not an account id" }).optional(),
  actorId: z.string().trim().regex(ID_PATTERN, { error: "not a staff id" }).optional(),
  action: z.string().trim().regex(/^[a-z_.]+$/, { error: "letters, dots and underscores only" }).max(60).optional(),
  from: queryMoment.optional(),
  to: queryMoment.optional(),
  cursor: cursorParam(auditCursor).optional(),
  limit: z.coerce.number({ error: "must be a number" }).int().min(1, { error: "at least 1" }).max(200, { error: "at most 200" }).default(50),
});

export type AuditQuery = z.output<typeof auditQuery>;
