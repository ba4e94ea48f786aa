import { parentOf, WIZARD_QUESTIONS, type WizardOption, type WizardQuestion } from "./wizard-tree";
import type { WizardResultId } from "./wizard-results";

/** A step as stored in WizardSession.steps: "<questionId>:<optionId>". */
export type WizardStep = `${string}:${string}`;

export function stepId(questionId: string, optionId: string): WizardStep {
  return `${questionId}:${optionId}`;
}

/** The question and answer a stored step names, or null when this tree has no such pair. */
export function resolveStep(step: string): { question: WizardQuestion; option: WizardOption } | null {
  const [questionId, optionId, ...rest] = step.split(":");
  if (!questionId || !optionId || rest.length > 0) return null;
  const question = WIZARD_QUESTIONS.get(questionId);
  const option = question?.options.find((o) => o.id === optionId);
  return question && option ? { question, option } : null;
}

/** The answers that lead to question `id`, first question first (a strict tree: one way in). */
export function stepsTo(id: string): WizardStep[] {
  const steps: WizardStep[] = [];
  for (let link = parentOf(id); link; link = parentOf(link.question.id)) steps.unshift(stepId(link.question.id, link.option.id));
  return steps;
}

/** Where an answer leads: the next question's page or a result page. */
export function nextPath(option: WizardOption): string {
  return "question" in option.next ? `/diagnose/q/${option.next.question}` : `/diagnose/result/${option.next.result}`;
}

export function resultOf(option: WizardOption): WizardResultId | null {
  return "result" in option.next ? option.next.result : null;
}

/** "Question n of at most m": n is the depth, m the deepest question reachable through this one. */
export function progressOf(id: string): { step: number; total: number } {
  const step = stepsTo(id).length + 1;
  const below = (q: WizardQuestion): number =>
    Math.max(0, ...q.options.map((o) => ("question" in o.next ? 1 + below(WIZARD_QUESTIONS.get(o.next.question)!) : 0)));
  return { step, total: step + below(WIZARD_QUESTIONS.get(id)!) };
}
