/** The query's or form's field problems, read out as one alert. */
export function FieldErrors({ title, errors }: { title: string; errors: { path: string; label?: string; message: string }[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="mt-4 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
      <p className="font-semibold">{title}</p>
      <ul className="mt-1 list-disc pl-5">
        {errors.map((error) => (
          <li key={error.path}>
            {error.label ?? <code>{error.path}</code>}: {error.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
