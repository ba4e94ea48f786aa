import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { QUERY_ISSUE, type QueryError } from "@/lib/http/parse-query";
import { QUERY_YEARS } from "@/lib/http/query-dates";
import { FieldErrors } from "./field-errors";
import { Notice } from "./notice";

type Props = { errors: QueryError[]; labels?: Partial<Record<string, string>>; firstPage: string };

/**
 * A list page's query problems in the reader's language. A cursor from another list (or an old,
 * edited or garbled link) is a notice with the way back to the first page; a date outside the
 * years we keep names its field in words. Anything else keeps the schema's own message.
 */
export async function QueryProblems({ errors, labels = {}, firstPage }: Props) {
  const t = await getTranslations("agent.common");
  const isForeignCursor = errors.some((error) => error.code === QUERY_ISSUE.foreignCursor);
  const others = errors
    .filter((error) => error.code !== QUERY_ISSUE.foreignCursor)
    .map((error) => ({
      path: error.path,
      label: labels[error.path],
      message: error.code === QUERY_ISSUE.dateOutOfRange ? t("dateOutOfRange", { first: `${QUERY_YEARS.first}-01-01`, last: `${QUERY_YEARS.last}-12-31` }) : error.message,
    }));
  return (
    <>
      {isForeignCursor ? (
        <Notice tone="warning">
          {t("foreignCursor")} <Link className="text-link" href={firstPage}>{t("first")}</Link>
        </Notice>
      ) : null}
      <FieldErrors title={t("invalidFilters")} errors={others} />
    </>
  );
}
