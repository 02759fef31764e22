import Link from 'next/link';
import { BarChart } from '@/components/charts/bar-chart';
import { CategoryName } from '@/components/ui/category-name';
import { SectionName } from '@/components/ui/section-name';
import type { CategoryOverview, SectionOverview } from '@/lib/catalogue';
import { messages } from '@/lib/messages';
import { categoryValue, outcomesListPath } from '@/lib/routes';
import { numberedSize } from './numbers';

/**
 * The list's parts and categories with their counts: what the list declares, what this copy
 * holds, and the numbered size the rest is drawn against.
 */
export function SectionStructure({ sections }: { sections: SectionOverview[] }) {
  const text = messages.overview.structure;
  return (
    <section aria-labelledby="overview-structure" className="space-y-6">
      <div>
        <h2 id="overview-structure" className="font-bold text-xl">
          {text.heading}
        </h2>
        <p className="text-muted text-sm">{text.intro}</p>
        <Legend />
      </div>
      {sections.map((section) => (
        <div key={section.key}>
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-4">
            <h3 className="font-semibold text-lg">
              <SectionName
                section={section.key}
                ordinal={section.ordinal}
                inferred={section.inferred}
              />
            </h3>
            <Link href={outcomesListPath({ section: section.key })} prefetch={false}>
              {text.browseSection(section.found)}
            </Link>
          </div>
          <BarChart
            bars={section.categories.map((category) => ({
              key: String(category.ordinal),
              label: <CategoryLabel section={section} category={category} />,
              count: category.found,
              total: numberedSize(category) ?? undefined,
              href:
                category.found === 0
                  ? null
                  : outcomesListPath({ category: categoryValue(section.key, category.ordinal) }),
            }))}
          />
        </div>
      ))}
    </section>
  );
}

function CategoryLabel({
  section,
  category,
}: {
  section: SectionOverview;
  category: CategoryOverview;
}) {
  const text = messages.overview.structure;
  const { first, last } = category.range;
  return (
    <>
      <CategoryName section={section.key} ordinal={category.ordinal} heading={category.heading} />
      <span className="block text-muted text-xs">
        {category.declaredCount === null ? text.undeclared : text.declared(category.declaredCount)}
        {last !== null && ` · ${text.numbered(first, last)}`}
        {category.missing.length === 0 && ` · ${text.complete}`}
      </span>
    </>
  );
}

function Legend() {
  const text = messages.overview.structure;
  return (
    <p aria-hidden="true" className="mt-2 flex flex-wrap gap-x-4 text-muted text-xs">
      <span className="inline-flex items-center gap-1">
        <span className="inline-block h-3 w-5 bg-accent" />
        {text.legendFound}
      </span>
      <span className="inline-flex items-center gap-1">
        <span className="inline-block h-3 w-5 border border-line-strong border-dashed bg-canvas" />
        {text.legendMissing}
      </span>
    </p>
  );
}
