/** A one-line outcome of the last action (role="status" so screen readers hear it). */
export function Notice({ tone = "info", children }: { tone?: "info" | "warning"; children: React.ReactNode }) {
  const colours = tone === "warning" ? "border-amber-300 bg-amber-50 text-amber-950" : "border-brand-200 bg-brand-50 text-brand-900";
  return (
    <p role="status" className={`mt-4 rounded-lg border p-3 ${colours}`}>
      {children}
    </p>
  );
}
