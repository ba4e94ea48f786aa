import { describe, expect, it } from "vitest";
import { progressOf, resolveStep, stepsTo } from "./wizard-path";
import { WIZARD_RESULT_IDS } from "./wizard-results";
import { WIZARD_QUESTIONS, WIZARD_START } from "./wizard-tree";

const questions = [...WIZARD_QUESTIONS.values()];

describe("the wizard tree", () => {
  it("says every question, hint, answer and example in both languages", () => {
    for (const q of questions) {
      for (const text of [q.prompt, q.hint, ...q.options.flatMap((o) => [o.label, o.example])].filter(Boolean)) {
        expect(text!["zh-CN"].trim(), q.id).not.toBe("");
        expect(text!.en.trim(), q.id).not.toBe("");
      }
    }
  });

  it("is a strict tree: every question but the first is reached by exactly one answer", () => {
    const incoming = new Map<string, number>();
    for (const q of questions) for (const o of q.options) if ("question" in o.next) incoming.set(o.next.question, (incoming.get(o.next.question) ?? 0) + 1);
    for (const q of questions) expect(incoming.get(q.id) ?? 0, q.id).toBe(q.id === WIZARD_START ? 0 : 1);
  });

  it("reaches every result, and the not-sure branch can end without a cause", () => {
    const reached = new Set(questions.flatMap((q) => q.options.flatMap((o) => ("result" in o.next ? [o.next.result] : []))));
    expect([...reached].sort()).toEqual([...WIZARD_RESULT_IDS].sort());
    expect(WIZARD_QUESTIONS.get(WIZARD_START)!.options.map((o) => o.id)).toContain("not-sure");
  });

  it("derives the path and the progress of a question from its id alone", () => {
    expect(stepsTo("start")).toEqual([]);
    expect(stepsTo("not-sure-taken-back")).toEqual(["start:not-sure", "not-sure-recognise:all-mine"]);
    expect(progressOf("start")).toEqual({ step: 1, total: 3 });
    expect(progressOf("not-sure-taken-back")).toEqual({ step: 3, total: 3 });
    expect(progressOf("promo-terms")).toEqual({ step: 2, total: 2 });
  });

  it("refuses tampered step ids", () => {
    expect(resolveStep("start:promo")?.option.id).toBe("promo");
    for (const bad of ["start", "start:", "nope:promo", "start:promo:extra", "__proto__:x"]) expect(resolveStep(bad)).toBeNull();
  });
});
