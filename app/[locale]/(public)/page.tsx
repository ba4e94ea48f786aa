import { CausesOverview } from "@/app/_components/causes-overview";
import { EntryCards } from "@/app/_components/entry-cards";
import { HomeHero } from "@/app/_components/home-hero";
import { UrgentCallout } from "@/app/_components/urgent-callout";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

export default async function HomePage({ params }: { params: LocaleParams }) {
  await pageLocale(params);
  return (
    <>
      <div className="border-b border-line bg-gradient-to-b from-brand-50 to-canvas">
        <div className="container-page grid items-start gap-8 py-10 sm:py-14 lg:grid-cols-[3fr_2fr] lg:gap-12">
          <HomeHero />
          <UrgentCallout />
        </div>
      </div>
      <div className="container-page space-y-14 pt-12">
        <EntryCards />
        <CausesOverview />
      </div>
    </>
  );
}
