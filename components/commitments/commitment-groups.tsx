import Link from 'next/link';
import { ItemTitle } from '@/components/ui/item-title';
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
import { DEFAULT_LOCALE } from '@/lib/i18n/locale';
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
  label,
}: {
  locale: Locale;
  unit: string;
  total: CommitmentTotal<ItemRef>;
  label: string;
}) {
  const text = locale.messages.numbers.page;
  const { wordSeparator } = locale.messages.locale;
  if (total.total === null) return <p className="muted">{text.noTotal}</p>;
  return (
    <p>
      {`${label}${wordSeparator}`}
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
 * The commitments by unit: each unit's total over like units only (and each kind's, where a
 * unit has several), every total with the items it adds, then a table of every commitment with
 * its kind, period, item and the words it was read from.
 */
export function CommitmentGroups({
  locale,
  groups,
}: {
  locale: Locale;
  groups: readonly UnitCommitments<ItemRef>[];
}) {
  const text = locale.messages.numbers.page;
  return groups.map((group) => (
    <TitledSection
      key={group.unit}
      id={`unit-${group.unit}`}
      heading={unitName(locale, group.unit)}
      className="stack-sm"
    >
      <Total locale={locale} unit={group.unit} total={group} label={text.total} />
      {group.kinds.length > 1 &&
        group.kinds.map((kind) => (
          <Total
            key={kind.kind}
            locale={locale}
            unit={group.unit}
            total={kind}
            label={`${text.total}${locale.messages.locale.wordSeparator}(${kindName(locale, kind.kind)})`}
          />
        ))}
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{text.value}</th>
              <th scope="col">{text.kind}</th>
              <th scope="col">{text.period}</th>
              <th scope="col">{text.item}</th>
              <th scope="col">{text.words}</th>
            </tr>
          </thead>
          <tbody>
            {group.kinds.flatMap((kind) =>
              kind.entries.map(({ item, commitment }) => (
                <tr key={`${item.key}-${commitment.start}`}>
                  <td className="strong nowrap">{commitmentValue(locale, commitment)}</td>
                  <td>{kindName(locale, kind.kind)}</td>
                  <td>{commitment.period ? periodLabel(locale, commitment.period) : '—'}</td>
                  <td>
                    <span className="block small muted">{itemLabel(locale, item)}</span>
                    <ItemTitle locale={locale} item={item} />
                  </td>
                  <td>
                    <q lang={DEFAULT_LOCALE.lang}>{commitment.words}</q>
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </TitledSection>
  ));
}
