import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/help/render-markdown";

describe("renderMarkdown", () => {
  it("renders the Markdown the articles use", () => {
    const html = renderMarkdown("**先保护账户**\n\n1. 改密码\n2. [自助诊断](/diagnose)");
    expect(html).toContain("<strong>先保护账户</strong>");
    expect(html).toContain("<ol>");
    expect(html).toContain('<a href="/diagnose">自助诊断</a>');
  });

  it("drops script elements and their content", () => {
    const html = renderMarkdown("Hello <script>alert('x')</script> world\n\n<script src=https://evil.test/x.js></script>");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("alert");
  });

  it("drops event handlers and raw HTML elements outside the allowlist", () => {
    const html = renderMarkdown(`<img src=x onerror="alert(1)"><div onclick="steal()">text</div><iframe src="https://evil.test"></iframe>`);
    expect(html).not.toMatch(/onerror|onclick|<img|<iframe|<div/i);
    expect(html).toContain("text");
  });

  it("removes javascript: and data: links but keeps their words", () => {
    const html = renderMarkdown("[click](javascript:alert(1)) [pic](data:text/html;base64,PHNjcmlwdD4=) [raw](JaVaScRiPt:alert(1))");
    expect(html).not.toMatch(/javascript:|data:/i);
    expect(html).toContain("click");
  });

  it("marks links to other sites nofollow", () => {
    expect(renderMarkdown("[bank](https://bank.example)")).toContain('rel="nofollow noopener noreferrer"');
  });
});
