import type { OutcomeDetail } from '@/lib/catalogue';
import { messages } from '@/lib/messages';
import { OutcomeRefList } from './outcome-ref-list';

const text = messages.outcome.related;

/** Whatever relations the catalogue found, each kind under its own heading; none, nothing shown. */
export function RelatedOutcomes({ related }: { related: OutcomeDetail['related'] }) {
  const groups = [
    { key: 'producedBy', heading: text.producedBy, items: related.producedBy },
    { key: 'produced', heading: text.produced, items: related.produced },
    { key: 'samePlace', heading: text.samePlace, items: related.samePlace },
    { key: 'sameCategory', heading: text.sameCategory, items: related.sameCategory },
  ].filter((group) => group.items.length > 0);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="outcome-related" className="space-y-4">
      <h2 id="outcome-related" className="font-bold text-xl">
        {text.heading}
      </h2>
      {groups.map((group) => (
        <div key={group.key}>
          <h3 className="mb-2 font-semibold">{group.heading}</h3>
          <OutcomeRefList items={group.items} />
        </div>
      ))}
    </section>
  );
}
