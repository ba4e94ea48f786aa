import { z } from "zod";
import { FAQ_CATEGORIES } from "@/lib/help/faq-categories";
import { LOCALES } from "@/lib/i18n/locales";

/*
 * The help center's inputs, one schema each (the server's only check). The search query is not
 * limited here on purpose: a 10,000-character query is searched by its start, never refused.
 */
export const FEEDBACK_COMMENT_MAX = 1000;

export const searchQueryInput = z.object({
  q: z.string().default(""),
  locale: z.enum(LOCALES, { error: "must be zh-CN or en" }),
  live: z.enum(["1", "0"]).optional(),
  /** "1": search the words as typed, without spelling corrections ("search instead for …"). */
  exact: z.enum(["1", "0"]).optional(),
});

export const feedbackInput = z.object({
  slug: z.string().trim().min(1, { error: "is required" }).max(120, { error: "is too long" }),
  locale: z.enum(LOCALES, { error: "must be zh-CN or en" }),
  isHelpful: z.boolean({ error: "must be true or false" }),
  comment: z.string().trim().max(FEEDBACK_COMMENT_MAX, { error: `must be at most ${FEEDBACK_COMMENT_MAX} characters` }).optional(),
});

export type FeedbackInput = z.infer<typeof feedbackInput>;

/** Slugs that are pages of their own under /faq. */
const RESERVED_SLUGS = new Set(["search", "category"]);

/** The editor's form (supervisors and admins); tags arrive as one comma-separated field. */
export const articleInput = z.object({
  locale: z.enum(LOCALES, { error: "must be zh-CN or en" }),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "use lower-case letters, digits and single hyphens" })
    .max(80, { error: "must be at most 80 characters" })
    .refine((slug) => !RESERVED_SLUGS.has(slug), { error: "is reserved for a page of the help center" }),
  category: z.enum(FAQ_CATEGORIES, { error: "choose one of the categories" }),
  title: z.string().trim().min(1, { error: "is required" }).max(200, { error: "must be at most 200 characters" }),
  summary: z.string().trim().min(1, { error: "is required" }).max(500, { error: "must be at most 500 characters" }),
  body: z.string().trim().min(1, { error: "is required" }).max(50_000, { error: "must be at most 50,000 characters" }),
  tags: z
    .string()
    .default("")
    .transform((text) => [...new Set(text.split(/[,，]/).map((tag) => tag.trim()).filter(Boolean))].slice(0, 20)),
  position: z.coerce.number().int().min(0).max(10_000).default(0),
});

export type ArticleInput = z.infer<typeof articleInput>;
