import Link from 'next/link';
import type { ReactNode } from 'react';
import { CategoryName } from '@/components/ui/category-name';
import { InferredMark } from '@/components/ui/inferred-mark';
import { SectionName } from '@/components/ui/section-name';
import type { OutcomeDetail } from '@/lib/catalogue';
import { messages } from '@/lib/messages';
import { categoryValue, outcomesListPath, placePath } from '@/lib/routes';

const text = messages.outcome;

/**
 * What the catalogue knows of one item. Part, category, number and years are read from the
 * source; type, topics and places are inferred from the title and marked so.
 */
export function OutcomeFacts({ outcome }: { outcome: OutcomeDetail }) {
  const { section, categoryInfo } = outcome;
  const named = outcome.placeLinks.filter((place) => place.via === 'named');
  const implied = outcome.placeLinks.filter((place) => place.via === 'implied');
  return (
    <section aria-labelledby="outcome-facts">
      <h2 id="outcome-facts" className="sr-only">
        {text.facts}
      </h2>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[8rem_minmax(0,1fr)]">
        <Fact term={text.section}>
          <Link href={outcomesListPath({ section })} prefetch={false}>
            <SectionName
              section={section}
              ordinal={categoryInfo.sectionOrdinal}
              inferred={categoryInfo.sectionInferred}
            />
          </Link>
        </Fact>
        <Fact term={text.category}>
          <Link
            href={outcomesListPath({ category: categoryValue(section, outcome.category) })}
            prefetch={false}
          >
            <CategoryName
              section={section}
              ordinal={outcome.category}
              heading={categoryInfo.heading}
            />
          </Link>
        </Fact>
        <Fact term={text.number}>{messages.numbering.item(outcome.number)}</Fact>
        <Fact term={text.type} note={messages.inferred.type}>
          <Link href={outcomesListPath({ type: outcome.type.key })} prefetch={false}>
            {outcome.type.zh}
          </Link>
        </Fact>
        <Fact term={text.topics} note={messages.inferred.topics}>
          {outcome.topics.length === 0 ? (
            <span className="text-muted">{text.noTopics}</span>
          ) : (
            <LinkList
              links={outcome.topics.map((topic) => ({
                key: topic.key,
                href: outcomesListPath({ topic: topic.key }),
                label: topic.zh,
              }))}
            />
          )}
        </Fact>
        <Fact term={text.places} note={messages.inferred.places}>
          {named.length === 0 ? (
            <span className="text-muted">{text.noPlaces}</span>
          ) : (
            <div className="space-y-1">
              <PlaceLine label={text.named} places={named} />
              {implied.length > 0 && <PlaceLine label={text.implied} places={implied} />}
            </div>
          )}
        </Fact>
        <Fact term={text.years}>
          {outcome.years.length === 0 ? (
            <span className="text-muted">{text.noYears}</span>
          ) : (
            <LinkList
              links={outcome.years.map((year) => ({
                key: String(year),
                href: outcomesListPath({ year }),
                label: String(year),
              }))}
            />
          )}
        </Fact>
      </dl>
    </section>
  );
}

function Fact({ term, note, children }: { term: string; note?: string; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="font-semibold text-muted">
        {term}
        {note && <InferredMark note={note} />}
      </dt>
      <dd className="max-sm:-mt-2">{children}</dd>
    </div>
  );
}

function LinkList({ links }: { links: Array<{ key: string; href: string; label: string }> }) {
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1">
      {links.map((link) => (
        <li key={link.key}>
          <Link href={link.href} prefetch={false}>
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function PlaceLine({ label, places }: { label: string; places: OutcomeDetail['placeLinks'] }) {
  return (
    <p className="flex flex-wrap gap-x-3">
      <span className="text-muted text-sm">{label}</span>
      {places.map((place) => (
        <Link key={place.slug} href={placePath(place.slug)}>
          {place.zh}
        </Link>
      ))}
    </p>
  );
}
