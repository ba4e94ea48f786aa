import { useTranslations } from "next-intl";

/**
 * The spinner for slow parts of a page, used as a <Suspense> fallback *inside* a page after its
 * auth checks. Not a route-level loading.tsx: that turns notFound() into 200 and redirect()
 * into a client-side hop (docs/decisions/005-loading-states.md).
 */
export function LoadingState() {
  const t = useTranslations("errors");

  return (
    <div role="status" className="container-page flex justify-center py-24">
      <span aria-hidden="true" className="size-10 animate-spin rounded-full border-4 border-brand-100 border-t-brand-700" />
      <span className="sr-only">{t("loading")}</span>
    </div>
  );
}
