import { MissingSummary } from '@/components/overview/missing-summary';
import { OverviewIntro } from '@/components/overview/overview-intro';
import { PlacesSection } from '@/components/overview/places-section';
import { SectionStructure } from '@/components/overview/section-structure';
import { SourceSummary } from '@/components/overview/source-summary';
import { TermCharts } from '@/components/overview/term-charts';
import { getOverview } from '@/lib/catalogue';
import { messages } from '@/lib/messages';
import { pageMetadata } from '@/lib/page-metadata';

export const metadata = pageMetadata({
  title: messages.site.name,
  description: messages.overview.description,
  path: '/',
  standalone: true,
});

export default async function HomePage() {
  const overview = await getOverview();
  return (
    <div className="space-y-10">
      <OverviewIntro overview={overview} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <SectionStructure sections={overview.sections} />
        <div className="space-y-6">
          <MissingSummary sections={overview.sections} />
          <SourceSummary source={overview.source} />
        </div>
      </div>
      <PlacesSection places={overview.places} />
      <TermCharts topics={overview.topics} types={overview.types} />
    </div>
  );
}
