import type { Locale } from "@/lib/i18n/locales";
import { resolveStep } from "./wizard-path";
import { WIZARD_TREE_VERSION } from "./wizard-tree";

type DescribeWizardPathOptions = { steps: readonly string[]; treeVersion: number; locale: Locale };

/**
 * A stored wizard path in words, for the agent's ticket page: each question as it was asked and
 * the answer given. Steps from another version of the tree (or ids this tree does not know)
 * are shown as their raw ids rather than guessed: a wrong question next to an answer would
 * mislead the agent more than an id does.
 */
export function describeWizardPath({ steps, treeVersion, locale }: DescribeWizardPathOptions): { question: string; answer: string }[] {
  return steps.map((step) => {
    const resolved = treeVersion === WIZARD_TREE_VERSION ? resolveStep(step) : null;
    if (!resolved) return { question: step, answer: "" };
    return { question: resolved.question.prompt[locale], answer: resolved.option.label[locale] };
  });
}
