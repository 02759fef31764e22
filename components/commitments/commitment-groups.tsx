import Link from 'next/link';
import { ReadFrom } from '@/components/outcome/outcome-numbers';
import { TitledSection } from '@/components/ui/titled-section';
import type { ItemRef } from '@/lib/catalogue';
import type { CommitmentTotal, UnitCommitments } from '@/lib/catalogue/commitments';
import {
  amountLabel,
  commitmentValue,
  itemLabel,
  kindName,
  periodLabel,
  SUMMARY_SEPARATOR,
  unitName,
} from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locale';
import { outcomePath } from '@/lib/paths';

function ItemLink({ locale, item }: { locale: Locale; item: ItemRef }) {
  return (
    <Link href={locale.path(outcomePath(item.section, item.number))} prefetch={false}>
      {itemLabel(locale, item)}
    </Link>
  );
}

/** A total in its unit and the items it adds, or that there is nothing to add. */
function Total({
  locale,
  unit,
  total,
}: {
  locale: Locale;
  unit: string;
  total: CommitmentTotal<ItemRef>;
}) {
  const text = locale.messages.numbers.page;
  const { wordSeparator } = locale.messages.locale;
  if (total.total === null) return <p className="muted">{text.noTotal}</p>;
  return (
    <p>
      {`${text.total}${wordSeparator}`}
      <strong>{amountLabel(locale, total.total, unit)}</strong>
      {`${SUMMARY_SEPARATOR}${text.items(total.items.length)}${wordSeparator}`}
      <span className="inline-list">
        {total.items.map((item) => (
          <ItemLink key={item.key} locale={locale} item={item} />
        ))}
      </span>
    </p>
  );
}

/**
 * The commitments by unit, then kind: each unit's total and each kind's, over like units only,
 * every total with the items it adds, and every commitment with the words it was read from.
 */
export function CommitmentGroups({
  locale,
  groups,
}: {
  locale: Locale;
  groups: readonly UnitCommitments<ItemRef>[];
}) {
  return groups.map((group) => (
    <TitledSection
      key={group.unit}
      id={`unit-${group.unit}`}
      heading={unitName(locale, group.unit)}
    >
      <Total locale={locale} unit={group.unit} total={group} />
      {group.kinds.map((kind) => (
        <section key={kind.kind} className="stack-sm">
          <h3>{kindName(locale, kind.kind)}</h3>
          {group.kinds.length > 1 && <Total locale={locale} unit={group.unit} total={kind} />}
          <ul className="stack-sm">
            {kind.entries.map(({ item, commitment }) => (
              <li key={`${item.key}-${commitment.start}`}>
                <strong>{commitmentValue(locale, commitment)}</strong>
                {commitment.period &&
                  `${SUMMARY_SEPARATOR}${periodLabel(locale, commitment.period)}`}
                {SUMMARY_SEPARATOR}
                <ItemLink locale={locale} item={item} />
                <ReadFrom locale={locale} words={commitment.words} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </TitledSection>
  ));
}
