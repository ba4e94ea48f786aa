import path from "node:path";
import { z } from "zod";
import { SMS_PROVIDERS } from "../../lib/auth/sms/sms-provider-setting";
import { UserFacingError } from "./user-facing-error";

const startEnvSchema = z.object({
  PORT: z.coerce.number({ error: "must be a whole number such as 3000" }).int("must be a whole number such as 3000").min(1, "must be between 1 and 65535").max(65_535, "must be between 1 and 65535").default(3000),
  DATA_DIR: z.string().min(1).default(".data"),
  DATABASE_URL: z.string().min(1).optional(),
  NEXTAUTH_SECRET: z.string().min(16, "must be at least 16 characters (or unset it to use a generated one)").optional(),
  NEXTAUTH_URL: z.url("must be a full URL such as http://localhost:3000").optional(),
  SEED_DEMO_DATA: z
    .enum(["true", "false", "1", "0"], { error: "must be true or false" })
    .transform((value) => value === "true" || value === "1")
    .optional(),
  // lib/auth/sms/sms-provider-setting.ts: which provider sends SMS codes (decisions 020, 026);
  // unset means the development sender on the embedded database, a refusal with DATABASE_URL.
  SMS_PROVIDER: z.enum(SMS_PROVIDERS, { error: `must be ${SMS_PROVIDERS.join(" or ")}` }).optional(),
  SMS_WEBHOOK_URL: z.url("must be a full URL such as https://sms.example.com/send").optional(),
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ error: "must be a whole number: how many reverse proxies stand in front of the portal (0 when none)" })
    .int("must be a whole number: how many reverse proxies stand in front of the portal (0 when none)")
    .min(0, "must be 0 or more")
    .max(10, "must be at most 10")
    .default(0),
});

export type StartEnv = z.infer<typeof startEnvSchema> & { dataDir: string };

/** Reads the start script's settings; an empty variable counts as unset. */
export function readStartEnv(env: NodeJS.ProcessEnv): StartEnv {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = startEnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserFacingError(`${issue.path.join(".")}: ${issue.message}.`);
  }
  if (parsed.data.SMS_PROVIDER === "webhook" && !parsed.data.SMS_WEBHOOK_URL) {
    throw new UserFacingError("SMS_WEBHOOK_URL: must be set when SMS_PROVIDER=webhook.");
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.DATA_DIR) };
}
