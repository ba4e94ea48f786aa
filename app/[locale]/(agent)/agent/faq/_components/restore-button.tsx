"use client";

import { useFormStatus } from "react-dom";

/** The restore form's button: disabled while the restore runs, so a second click cannot follow it. */
export function RestoreButton({ label, pendingLabel, describedBy }: { label: string; pendingLabel: string; describedBy: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="btn-primary" disabled={pending} aria-describedby={describedBy}>
      {pending ? pendingLabel : label}
    </button>
  );
}
