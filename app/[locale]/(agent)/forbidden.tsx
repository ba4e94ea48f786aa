import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForbiddenNotice } from "@/app/_components/auth/forbidden-notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.forbidden");
  return { title: t("metaTitle"), robots: { index: false } };
}

// Rendered with HTTP 403 when a staff page calls forbidden() (lib/authz.ts requireRole). It
// lives in the staff area only: Next sends it with every route below it, and public pages must
// stay static.
export default function Forbidden() {
  return <ForbiddenNotice />;
}
