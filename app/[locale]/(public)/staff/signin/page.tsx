import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInPage } from "@/app/_components/auth/sign-in-page";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "auth.staffSignIn" });
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function StaffSignInPage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  return <SignInPage provider="staff" />;
}
