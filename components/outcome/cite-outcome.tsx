import { LangRuns } from '@/components/ui/lang-runs';
import { TitledSection } from '@/components/ui/titled-section';
import type { CatalogueItem, SourceInfo } from '@/lib/catalogue';
import { itemLabel, publicationLine, SUMMARY_SEPARATOR } from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locale';
import { CITATION_FORMAT_KEYS, CITATION_FORMATS, citationPath } from '@/lib/paths';
import { outcomeUrl } from '@/lib/site-url';

/** How to cite the item: the Xinhua list as the source, this page's permanent address, files. */
export function CiteOutcome({
  locale,
  item,
  source,
}: {
  locale: Locale;
  item: CatalogueItem;
  source: SourceInfo;
}) {
  const { citation, outcome } = locale.messages;
  return (
    <TitledSection id="outcome-cite" heading={outcome.cite.heading}>
      <p>{outcome.cite.intro}</p>
      <p className="citation">
        <LangRuns
          lang={locale.lang}
          text={outcome.cite.line(
            item.title,
            itemLabel(locale, item),
            citation.listTitle,
            publicationLine(locale, source),
            outcomeUrl(item, locale),
          )}
        />
      </p>
      <p>
        {outcome.cite.formats}
        {CITATION_FORMAT_KEYS.map((format, index) => (
          <span key={format}>
            {index > 0 && SUMMARY_SEPARATOR}
            <a href={citationPath(item.section, item.number, format, locale.langParam)} download>
              {CITATION_FORMATS[format].name}
            </a>
          </span>
        ))}
      </p>
    </TitledSection>
  );
}
