import { describe, expect, it } from "vitest";
import { checkPasswordStrength } from "@/lib/auth/check-password-strength";
import { DEMO_PASSWORDS } from "@/prisma/seed/demo-logins";

const issueOf = async (password: string, userInputs?: string[]) => (await checkPasswordStrength({ password, userInputs }))?.issue ?? null;

describe("checkPasswordStrength", () => {
  it("refuses passwords on the shipped common-password list, and their usual disguises", async () => {
    for (const password of ["12345678", "password", "password1", "P@ssw0rd", "qwertyuiop", "1qaz2wsx", "iloveyou123", "abcd1234", "11111111", "Password123"]) {
      expect(await issueOf(password), password).toBe("password.common");
    }
  });

  it("refuses repeats, sequences and the person's own phone number", async () => {
    for (const password of ["aaaaaaaa", "        ", "abcdefgh", "98765432", "a".repeat(200)]) {
      expect(await issueOf(password), JSON.stringify(password)).toBe("password.common");
    }
    expect(await issueOf("13912345678", ["13912345678"])).toBe("password.common");
  });

  it("accepts 8 characters or more of anything that is not a list entry or a pattern: spaces and Chinese included", async () => {
    for (const password of ["correct horse battery", "我的密码是很长的", "猫在 窗台上 晒太阳", "my own password 8", "Zh4ng-W3i!x", "tK9#vQ2m"]) {
      expect(await issueOf(password), password).toBeNull();
    }
    // Up to the 256-character limit; only the first 64 characters are analysed.
    expect(await issueOf(`river ${"x7Qp ".repeat(50)}`)).toBeNull();
  });

  it("would also accept the demo passwords (which sign-in never re-checks anyway)", async () => {
    expect(await issueOf(DEMO_PASSWORDS.staff)).toBeNull();
    expect(await issueOf(DEMO_PASSWORDS.wallet)).toBeNull();
  });

  it("says too short or too long before asking the lists, counting characters as people do", async () => {
    expect(await issueOf("seven77")).toBe("password.tooShort");
    expect(await issueOf("😀😀😀😀")).toBe("password.tooShort");
    expect(await issueOf("")).toBe("password.required");
    expect(await issueOf("x".repeat(257))).toBe("password.tooLong");
  });
});
