import { z } from "zod";
import { ID_PATTERN } from "@/lib/http/plain-text";

const moment = z.union([z.iso.date(), z.iso.datetime({ offset: true })], { error: "must be a date (2026-11-30) or an ISO date-time" });

/** Filters of the access log (page and GET /api/agent/audit). */
export const auditQuery = z.object({
  accountId: z.string().trim().regex(ID_PATTERN, { error: "not an account id" }).optional(),
  actorId: z.string().trim().regex(ID_PATTERN, { error: "not a staff id" }).optional(),
  action: z.string().trim().regex(/^[a-z_.]+$/, { error: "letters, dots and underscores only" }).max(60).optional(),
  from: moment.optional(),
  to: moment.optional(),
  cursor: z.string().max(600).optional(),
  limit: z.coerce.number({ error: "must be a number" }).int().min(1, { error: "at least 1" }).max(200, { error: "at most 200" }).default(50),
});

export type AuditQuery = z.output<typeof auditQuery>;

export const auditCursor = z.object({ t: z.iso.datetime(), i: z.string().regex(/^\d{1,19}$/) });
