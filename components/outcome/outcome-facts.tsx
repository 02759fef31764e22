import Link from 'next/link';
import type { ReactNode } from 'react';
import { InferredMark } from '@/components/ui/inferred-mark';
import { TitledSection } from '@/components/ui/titled-section';
import { type CatalogueItem, type FacetKey, type PlaceEntry, valueHref } from '@/lib/catalogue';
import type { PlaceTree } from '@/lib/enrich/place-tree';
import { numberedCategoryName, numberedSectionName } from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locale';
import { PAGE_PATHS, placePath } from '@/lib/paths';
import { CommitmentList, OrdinalList } from './outcome-numbers';
import { PlaceReason } from './place-reason';
import { PlaceRoles } from './place-roles';

/**
 * What the catalogue knows of one item. Part, category, number and years are read from the
 * source; type, topics and places are inferred from the title, marked so, and each place says
 * how it was reached.
 */
export function OutcomeFacts({
  locale,
  item,
  places,
}: {
  locale: Locale;
  item: CatalogueItem;
  places: PlaceTree<PlaceEntry>;
}) {
  const { messages } = locale;
  const { numbers } = messages;
  const text = messages.outcome;
  const list = (facet: FacetKey, value: string) => locale.path(valueHref(facet, value));
  const links = (facet: FacetKey, entries: Array<{ value: string; label: string }>) => (
    <ul className="inline-list">
      {entries.map((entry) => (
        <li key={entry.value}>
          <Link href={list(facet, entry.value)} prefetch={false}>
            {entry.label}
          </Link>
        </li>
      ))}
    </ul>
  );
  const mark = (note: string) => <InferredMark locale={locale} note={note} />;
  return (
    <TitledSection id="outcome-facts" heading={text.facts} hidden>
      <dl className="facts">
        <Fact term={text.section}>
          <Link href={list('section', item.section)} prefetch={false}>
            {numberedSectionName(locale, {
              key: item.section,
              ordinal: item.category.sectionOrdinal,
            })}
          </Link>
          {item.category.sectionInferred && mark(messages.inferred.sectionHeading)}
        </Fact>
        <Fact term={text.category}>
          <Link href={list('category', item.category.value)} prefetch={false}>
            {numberedCategoryName(locale, item.category)}
          </Link>
          {item.category.inferred && mark(messages.inferred.categoryHeading)}
        </Fact>
        <Fact term={text.number}>{messages.numbering.item(item.number)}</Fact>
        <Fact term={text.type} mark={mark(messages.inferred.type)}>
          {links('type', [
            { value: item.type.key, label: locale.name(item.type) },
            ...(item.secondaryType
              ? [{ value: item.secondaryType.key, label: locale.name(item.secondaryType) }]
              : []),
          ])}
        </Fact>
        <Fact term={text.topics} mark={mark(messages.inferred.topics)}>
          {item.topics.length === 0 ? (
            <span className="muted">{text.noTopics}</span>
          ) : (
            links(
              'topic',
              item.topics.map((topic) => ({ value: topic.key, label: locale.name(topic) })),
            )
          )}
        </Fact>
        <Fact term={text.places} mark={mark(messages.inferred.places)}>
          <PlaceRoles locale={locale} item={item} />
          {item.places.length === 0 ? (
            <span className="muted">{text.noPlaces}</span>
          ) : (
            <ul className="place-reasons">
              {item.places.map((tag) => (
                <li key={tag.place.slug}>
                  <Link href={locale.path(placePath(tag.place.slug))}>
                    {locale.name(tag.place)}
                  </Link>{' '}
                  <span className="muted small">
                    <PlaceReason locale={locale} item={item} tag={tag} tree={places} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Fact>
        <Fact term={text.years}>
          {item.years.length === 0 ? (
            <span className="muted">{text.noYears}</span>
          ) : (
            links(
              'year',
              item.years.map((year) => ({ value: year, label: messages.outcomes.yearLabel(year) })),
            )
          )}
        </Fact>
        {item.commitments.length > 0 && (
          <Fact term={numbers.commitments} mark={mark(numbers.inferredCommitments)}>
            <CommitmentList locale={locale} commitments={item.commitments} />
            <Link href={locale.path(PAGE_PATHS.commitments)} prefetch={false} className="small">
              {numbers.page.title}
            </Link>
          </Fact>
        )}
        {item.ordinals.length > 0 && (
          <Fact term={numbers.ordinals} mark={mark(numbers.inferredOrdinals)}>
            <OrdinalList locale={locale} ordinals={item.ordinals} />
          </Fact>
        )}
      </dl>
    </TitledSection>
  );
}

function Fact({ term, mark, children }: { term: string; mark?: ReactNode; children: ReactNode }) {
  return (
    <div>
      <dt>
        {term}
        {mark}
      </dt>
      <dd>{children}</dd>
    </div>
  );
}
