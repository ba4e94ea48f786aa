import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInPage, type SignInSearchParams } from "@/app/_components/auth/sign-in-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.walletSignIn");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default function WalletSignInPage({ searchParams }: { searchParams: SignInSearchParams }) {
  return <SignInPage provider="wallet" searchParams={searchParams} />;
}
