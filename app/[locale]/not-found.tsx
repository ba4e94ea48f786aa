import { NotFoundState } from "@/app/_components/not-found-state";
import { PublicFrame } from "@/app/_components/public-frame";
import { notFoundLocale } from "@/lib/i18n/not-found-locale";

export { notFoundMetadata as generateMetadata } from "@/app/_components/not-found-state";

/*
 * Any path no page matches ends here through app/[locale]/[...rest]/page.tsx, in the visitor's
 * language with the public header. Known limit (Next 16.4): a notFound() thrown below a root
 * layout that sits in a dynamic segment is rendered by the browser from the RSC payload, so the
 * 404 body needs JavaScript; the status code is right either way.
 */
export default async function NotFound() {
  const locale = await notFoundLocale();
  return (
    <PublicFrame locale={locale}>
      <NotFoundState />
    </PublicFrame>
  );
}
