import { BarChart } from '@/components/charts/bar-chart';
import { InferredMark } from '@/components/ui/inferred-mark';
import type { Overview } from '@/lib/catalogue';
import type { FacetKey } from '@/lib/catalogue/filters';
import { messages } from '@/lib/messages';
import { outcomesListPath } from '@/lib/routes';

type Term = Overview['topics'][number];

/** Items per topic and per type, each bar a link to the list filtered by it. */
export function TermCharts({ topics, types }: { topics: Term[]; types: Term[] }) {
  const text = messages.overview;
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <TermChart
        id="overview-topics"
        heading={text.topics.heading}
        caption={text.topics.caption}
        note={messages.inferred.topics}
        facet="topic"
        terms={topics}
      />
      <TermChart
        id="overview-types"
        heading={text.types.heading}
        caption={text.types.caption}
        note={messages.inferred.type}
        facet="type"
        terms={types}
      />
    </div>
  );
}

interface TermChartProps {
  id: string;
  heading: string;
  caption: string;
  note: string;
  facet: Extract<FacetKey, 'topic' | 'type'>;
  terms: Term[];
}

function TermChart({ id, heading, caption, note, facet, terms }: TermChartProps) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-1 font-bold text-xl">
        {heading}
        <InferredMark note={note} />
      </h2>
      <BarChart
        caption={caption}
        bars={terms.map((term) => ({
          key: term.key,
          label: term.zh,
          count: term.count,
          href: term.count === 0 ? null : outcomesListPath({ [facet]: term.key }),
        }))}
      />
    </section>
  );
}
