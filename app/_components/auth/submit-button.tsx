import type { ReactNode } from "react";

/**
 * A sign-in form's submit button. With JavaScript it waits for this page's script (disabled
 * until then), so a click never skips the browser's checks, the countdown and the messages the
 * script shows. Without JavaScript the copy inside <noscript> is the one shown: it posts the form
 * to its server action. The copy comes first so that Enter in a field submits with it (a form's
 * default button is its first one, and a disabled one would block Enter).
 */
export function SubmitButton({
  isHydrated,
  isBusy,
  intent,
  className,
  children,
}: {
  isHydrated: boolean;
  isBusy: boolean;
  /** Which of the form's actions this button asks the server action for (code forms). */
  intent?: string;
  className: string;
  children: ReactNode;
}) {
  const field = intent ? { name: "intent", value: intent } : {};
  return (
    <>
      <noscript>
        <button type="submit" {...field} className={className}>
          {children}
        </button>
      </noscript>
      <button type="submit" {...field} className={`${className} noscript:hidden`} disabled={!isHydrated || isBusy}>
        {children}
      </button>
    </>
  );
}
