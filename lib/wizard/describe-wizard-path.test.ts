import { describe, expect, it } from "vitest";
import { describeWizardPath } from "./describe-wizard-path";

describe("describeWizardPath", () => {
  it("puts each stored step in words, in the order taken, in the asked language", () => {
    const steps = ["start:taken-back", "taken-back-kind:transfer"];
    expect(describeWizardPath({ steps, treeVersion: 1, locale: "en" })).toEqual([
      { question: "Just before your balance dropped below zero, what do you see in your transaction list?", answer: "Money taken back or held" },
      { question: "Which money was taken back?", answer: "Money someone sent me by mistake" },
    ]);
    expect(describeWizardPath({ steps, treeVersion: 1, locale: "zh-CN" })[1]).toEqual({ question: "被收回的是哪一笔钱?", answer: "别人转错给我的钱" });
  });

  it("shows unknown steps and steps of another tree version as raw ids instead of guessing", () => {
    expect(describeWizardPath({ steps: ["start:nope", "start:promo"], treeVersion: 1, locale: "en" })[0]).toEqual({ question: "start:nope", answer: "" });
    expect(describeWizardPath({ steps: ["start:promo"], treeVersion: 99, locale: "en" })).toEqual([{ question: "start:promo", answer: "" }]);
  });
});
