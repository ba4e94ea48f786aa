import { getTranslations } from "next-intl/server";
import type { RevisionDiff } from "@/lib/help/diff-revisions";
import { restoreRevisionAction } from "../actions";
import type { DiffLabels } from "./diff-labels";
import { RestoreButton } from "./restore-button";
import { RevisionDiffView } from "./revision-diff";

/**
 * Restoring an old revision behind a disclosure that first shows what it would change: the look
 * is the confirmation. `seenUpdatedAt` lets the server refuse if the article changed meanwhile.
 */
export async function RestoreRevisionForm(props: { articleId: string; revisionId: string; seenUpdatedAt: Date; diff: RevisionDiff; labels: DiffLabels }) {
  const { articleId, revisionId, seenUpdatedAt, diff, labels } = props;
  const t = await getTranslations("help.agent.revision");
  if (!diff.hasChanges) return <p className="mt-2 text-sm text-ink-700">{t("sameAsNow")}</p>;
  const hintId = `restore-hint-${revisionId}`;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-semibold text-brand-800">{t("restore")}</summary>
      <div className="mt-2 rounded-lg border border-line p-3">
        <p className="text-sm font-semibold text-ink-900">{t("restorePreview")}</p>
        <RevisionDiffView diff={diff} labels={labels} />
        <form action={restoreRevisionAction} className="mt-3 space-y-2">
          <input type="hidden" name="id" value={articleId} />
          <input type="hidden" name="revisionId" value={revisionId} />
          <input type="hidden" name="seenUpdatedAt" value={seenUpdatedAt.toISOString()} />
          <p id={hintId} className="text-sm text-ink-700">{t("restoreHint")}</p>
          <RestoreButton label={t("restoreConfirm")} pendingLabel={t("restoring")} describedBy={hintId} />
        </form>
      </div>
    </details>
  );
}
