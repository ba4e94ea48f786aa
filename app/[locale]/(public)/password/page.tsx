import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { codeFormLabels } from "@/app/_components/auth/code-labels";
import { PasswordResetForm } from "@/app/_components/auth/password-reset-form";
import { Icon } from "@/app/_components/icon";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "auth.passwordPage" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/** Reset a forgotten password, or set a first one, with an SMS code. Static: the form does the rest. */
export default async function PasswordPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  const t = await getTranslations("auth");
  const labels = {
    ...(await codeFormLabels()),
    newPassword: t("passwordPage.newPassword"),
    newPasswordHint: t("passwordPage.newPasswordHint"),
    showPassword: t("form.showPassword"),
    save: t("passwordPage.submit"),
    saving: t("passwordPage.submitting"),
    done: t("passwordPage.done"),
    doneSignIn: t("passwordPage.doneSignIn"),
    backToSignIn: t("passwordPage.backToSignIn"),
  };

  return (
    <div className="container-page max-w-lg py-10 sm:py-14">
      <h1 className="flex items-center gap-3 text-3xl font-bold text-ink-900">
        <Icon name="shield" className="size-8 shrink-0 text-brand-700" />
        {t("passwordPage.title")}
      </h1>
      <p className="mt-3 text-ink-700">{t("passwordPage.intro")}</p>
      <div className="mt-6 rounded-2xl border border-line bg-white p-5 shadow-sm sm:p-6">
        <PasswordResetForm labels={labels} />
      </div>
      <p className="mt-6">
        <Link href="/signin" className="text-link">
          {t("passwordPage.backToSignIn")}
        </Link>
      </p>
    </div>
  );
}
