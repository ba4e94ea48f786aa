import { getTranslations } from "next-intl/server";
import { Icon } from "@/app/_components/icon";

const CAUSES = ["refund", "promo", "hack", "overdraft"] as const;

export async function CausesOverview() {
  const t = await getTranslations("home.causes");

  return (
    <section aria-labelledby="causes-title">
      <h2 id="causes-title" className="text-2xl font-bold text-ink-900">
        {t("heading")}
      </h2>
      <p className="mt-2 max-w-prose text-ink-700">{t("intro")}</p>
      <ul className="mt-5 grid gap-4 sm:grid-cols-2">
        {CAUSES.map((cause) => {
          const isUrgent = cause === "hack";
          return (
            <li
              key={cause}
              className={`flex gap-4 rounded-2xl border p-5 ${isUrgent ? "border-urgent-200 bg-urgent-50" : "border-line bg-white"}`}
            >
              <span
                className={`grid size-11 shrink-0 place-items-center rounded-xl ${isUrgent ? "bg-urgent-700 text-white" : "bg-calm-50 text-calm-700"}`}
              >
                <Icon name={cause} className="size-6" />
              </span>
              <div>
                <h3 className="font-semibold text-ink-900">{t(`${cause}.title`)}</h3>
                {isUrgent && (
                  <p className="mt-1 inline-block rounded-full bg-urgent-700 px-2.5 py-0.5 text-xs font-semibold text-white">{t("urgentTag")}</p>
                )}
                <p className="mt-1 text-ink-700">{t(`${cause}.body`)}</p>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
