import type { SectionOverview } from '@/lib/catalogue';
import { messages } from '@/lib/messages';
import { missingRuns } from './numbers';

/** What this copy lacks, said as plain sentences: 会议和活动（一）标题缺失，第1–23项不在本文中. */
export function MissingSummary({ sections }: { sections: SectionOverview[] }) {
  const text = messages.overview.missing;
  const runs = missingRuns(sections);
  return (
    <section
      aria-labelledby="overview-missing"
      className="rounded border border-line-strong border-dashed p-4"
    >
      <h2 id="overview-missing" className="mb-2 font-semibold text-lg">
        {text.heading}
      </h2>
      {runs.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5">
          {runs.map((run) => (
            <li key={`${run.section}-${run.first}`}>
              {text.range(
                `${messages.sections[run.section]}${messages.numbering.category(run.ordinal)}`,
                run.heading,
                messages.numbering.items(run.first, run.last),
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
