import type { InputHTMLAttributes, Ref } from "react";

const inputClass =
  "mt-1.5 block min-h-11 w-full rounded-lg border border-line-strong bg-white px-3 py-2 text-base text-ink-900 shadow-sm placeholder:text-ink-600 aria-[invalid=true]:border-urgent-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-urgent-700";

/** A labelled input with its hint and its problem, wired with aria-describedby. */
export function TextField({
  id,
  label,
  hint,
  problem,
  ref,
  ...input
}: { id: string; label: string; hint?: string; problem?: string; ref?: Ref<HTMLInputElement> } & InputHTMLAttributes<HTMLInputElement>) {
  const describedBy = [hint ? `${id}-hint` : null, problem ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold text-ink-900">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-ink-600">
          {hint}
        </p>
      )}
      <input ref={ref} id={id} aria-invalid={problem ? true : undefined} aria-describedby={describedBy} className={inputClass} {...input} />
      {problem && (
        <p id={`${id}-error`} className="mt-1.5 text-sm font-medium text-urgent-700">
          {problem}
        </p>
      )}
    </div>
  );
}
