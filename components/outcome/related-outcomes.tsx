import { TitledSection } from '@/components/ui/titled-section';
import type { OutcomeDetail } from '@/lib/catalogue';
import type { Locale } from '@/lib/i18n/locale';
import { ItemList } from './item-list';

/** Whatever relations the catalogue found, each kind under its own heading; none, nothing shown. */
export function RelatedOutcomes({
  locale,
  related,
}: {
  locale: Locale;
  related: OutcomeDetail['related'];
}) {
  const text = locale.messages.outcome.related;
  const groups = [
    { key: 'producedBy', heading: text.producedBy, items: related.producedBy },
    { key: 'produced', heading: text.produced, items: related.produced },
    { key: 'samePlace', heading: text.samePlace, items: related.samePlace },
    { key: 'sameCategory', heading: text.sameCategory, items: related.sameCategory },
  ].filter((group) => group.items.length > 0);
  if (groups.length === 0) return null;
  return (
    <TitledSection id="outcome-related" heading={text.heading} className="stack">
      {groups.map((group) => (
        <div key={group.key}>
          <h3 className="subsection-title">{group.heading}</h3>
          <ItemList locale={locale} items={group.items} />
        </div>
      ))}
    </TitledSection>
  );
}
