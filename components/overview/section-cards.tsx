import Link from 'next/link';
import { InferredMark } from '@/components/ui/inferred-mark';
import { type SectionEntry, valueHref } from '@/lib/catalogue';
import { numberedSectionName } from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locale';

/** The list's three parts, each with how many items this copy holds, each a way into the list. */
export function SectionCards({
  locale,
  sections,
}: {
  locale: Locale;
  sections: readonly SectionEntry[];
}) {
  const { messages } = locale;
  return (
    <ul className="section-cards">
      {sections.map((section) => (
        <li key={section.key}>
          <Link href={locale.path(valueHref('section', section.key))} prefetch={false}>
            <span className="card-title">{numberedSectionName(locale, section)}</span>
            <span className="card-count">{messages.overview.sectionCount(section.found)}</span>
          </Link>
          {section.inferred && (
            <InferredMark locale={locale} note={messages.inferred.sectionHeading} />
          )}
        </li>
      ))}
    </ul>
  );
}
