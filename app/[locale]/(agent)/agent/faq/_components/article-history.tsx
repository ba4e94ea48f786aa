import { getLocale, getTranslations } from "next-intl/server";
import type { getArticleForEditor } from "@/lib/help/get-article-for-editor";
import { diffLabels } from "./diff-labels";
import { RestoreRevisionForm } from "./restore-revision-form";
import { DiffLegend, RevisionDiffView } from "./revision-diff";
import { ScoreCell } from "./score-cell";

type Article = Awaited<ReturnType<typeof getArticleForEditor>>;

/** Who changed what and when (with the diffs, and a way back to any version), and what readers said. */
export async function ArticleHistory({ article }: { article: Article }) {
  const t = await getTranslations("help.agent");
  const labels = diffLabels(await getTranslations("help"));
  const date = new Intl.DateTimeFormat(await getLocale(), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });

  return (
    <>
      <section aria-labelledby="revisions-title" className="mt-10">
        <h2 id="revisions-title" className="text-xl font-bold text-ink-900">{t("revisionsHeading")}</h2>
        <DiffLegend labels={labels} />
        <ol className="mt-3 divide-y divide-line rounded-xl border border-line bg-white">
          {article.revisions.map((revision) => (
            <li key={revision.id} className="p-3">
              <p className="font-semibold text-ink-900">
                {t("revisionBy", { name: revision.editor ?? t("revisionUnknown"), date: date.format(revision.at) })} · {t(`status.${revision.status}`)}
                {revision.isCurrent ? <span className="ml-2 rounded-full bg-brand-50 px-2 text-sm text-brand-800">{t("revision.current")}</span> : null}
              </p>
              <p className="text-sm text-ink-700">{t("revisionChanged", { fields: revision.changed.map((f) => t(`fields.${f}`)).join(", ") })}</p>
              {revision.diff ? (
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm font-semibold text-brand-800">{t("revision.showDiff")}</summary>
                  {revision.diff.hasChanges ? <RevisionDiffView diff={revision.diff} labels={labels} /> : <p className="mt-2 text-sm text-ink-700">{t("revision.noTextChange")}</p>}
                </details>
              ) : (
                <p className="mt-1 text-sm text-ink-700">{t("revision.first")}</p>
              )}
              {revision.restoreDiff ? <RestoreRevisionForm articleId={article.id} revisionId={revision.id} seenUpdatedAt={article.updatedAt} diff={revision.restoreDiff} labels={labels} /> : null}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="feedback-title" className="mt-10">
        <h2 id="feedback-title" className="text-xl font-bold text-ink-900">{t("feedbackHeading")}</h2>
        <p className="mt-2"><ScoreCell score={article.score} /></p>
        {article.comments.length === 0 ? (
          <p className="mt-2 text-ink-700">{t("commentsEmpty")}</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {article.comments.map((comment, index) => (
              <li key={index} className="rounded-xl border border-line bg-white p-3">
                <p className="text-sm font-semibold text-ink-900">{comment.isHelpful ? t("helpful") : t("notHelpful")} · {date.format(comment.createdAt)}</p>
                <p className="mt-1 whitespace-pre-wrap text-ink-900">{comment.comment}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
