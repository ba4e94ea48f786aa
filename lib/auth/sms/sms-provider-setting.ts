/*
 * Which SMS sender runs, decided in one place for the start script and for the running portal
 * (docs/decisions/026-sms-provider-in-deployments.md). Pure: the callers pass the setting and
 * whether this is a deployment.
 *
 * The development sender shows every code to whoever reads its outbox, so it is the default only
 * where the portal runs its own embedded database (a demo on this machine). A deployment
 * (DATABASE_URL) needs a real provider, or SMS_PROVIDER=development on purpose, and then the
 * outbox answers only requests made on this machine.
 */
export const SMS_PROVIDERS = ["development", "webhook"] as const;
export type SmsProvider = (typeof SMS_PROVIDERS)[number];

/**
 * Set by scripts/start.ts on the web server it starts: "1" when that start runs the embedded
 * PostgreSQL, "0" with DATABASE_URL. Anything else (a bare `next start`) counts as a deployment.
 */
export const EMBEDDED_DATABASE_ENV = "PORTAL_EMBEDDED_DATABASE";

export type SmsDecision =
  /** `outbox`: who may read GET /api/dev/outbox. */
  | { provider: "development"; outbox: "anyone" | "this-machine"; warning: string | null }
  | { provider: Exclude<SmsProvider, "development">; outbox: "none"; warning: null }
  /** No sender: the start refuses with `refusal`; a running portal sends nothing. */
  | { provider: null; outbox: "none"; refusal: string };

export const SMS_PROVIDER_MISSING =
  "SMS_PROVIDER is not set: with DATABASE_URL the portal is a deployment, where the development sender would show every sign-in code to anyone who asks, so set SMS_PROVIDER=webhook (with SMS_WEBHOOK_URL) for a real provider, or SMS_PROVIDER=development to try the portal with codes readable on this machine only.";

export const SMS_DEVELOPMENT_IN_DEPLOYMENT_WARNING =
  "Warning: SMS_PROVIDER=development with DATABASE_URL: sign-in codes go to this log and to /api/dev/outbox, which answers only requests made on this machine and not relayed by a proxy; set a real SMS_PROVIDER before anyone else signs in.";

export function decideSmsProvider(options: { requested: SmsProvider | undefined; isDeployment: boolean }): SmsDecision {
  const { requested, isDeployment } = options;
  if (requested === "webhook") return { provider: "webhook", outbox: "none", warning: null };
  if (!isDeployment) return { provider: "development", outbox: "anyone", warning: null };
  if (requested === "development") return { provider: "development", outbox: "this-machine", warning: SMS_DEVELOPMENT_IN_DEPLOYMENT_WARNING };
  return { provider: null, outbox: "none", refusal: SMS_PROVIDER_MISSING };
}

/** SMS_PROVIDER as written: an empty value is unset; an unknown one throws. */
export function requestedSmsProvider(value: string | undefined): SmsProvider | undefined {
  if (!value) return undefined;
  if (!(SMS_PROVIDERS as readonly string[]).includes(value)) throw new Error(`SMS_PROVIDER must be one of ${SMS_PROVIDERS.join(", ")}`);
  return value as SmsProvider;
}

/** The decision for the running portal, from its environment (the start script sets both). */
export function runtimeSmsDecision(env: NodeJS.ProcessEnv = process.env): SmsDecision {
  return decideSmsProvider({ requested: requestedSmsProvider(env.SMS_PROVIDER), isDeployment: env[EMBEDDED_DATABASE_ENV] !== "1" });
}
