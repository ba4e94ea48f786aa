import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFoundLocale } from "@/lib/i18n/not-found-locale";

export async function notFoundMetadata(): Promise<Metadata> {
  await notFoundLocale();
  const t = await getTranslations("errors.notFound");
  return { title: t("metaTitle") };
}

/** The not-found page body, in the request's language. */
export async function NotFoundState() {
  const t = await getTranslations("errors.notFound");

  return (
    <div className="container-page max-w-2xl py-16 text-center sm:py-24">
      <p className="text-sm font-semibold tracking-wide text-brand-700">{t("code")}</p>
      <h1 className="mt-3 text-3xl font-bold text-ink-900">{t("title")}</h1>
      <p className="mt-4 text-lg text-balance text-ink-700">{t("body")}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link href="/" className="btn-primary">
          {t("home")}
        </Link>
        <Link href="/diagnose" className="btn-secondary">
          {t("diagnose")}
        </Link>
      </div>
    </div>
  );
}
