import { TitledSection } from '@/components/ui/titled-section';
import type { SourceLine } from '@/lib/catalogue';
import { sectionName } from '@/lib/i18n/labels';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locale';
import { SECTION_KEYS, type SectionKey } from '@/lib/parser/types';
import { outcomePath } from '@/lib/paths';
import { type LineData, SourceLines } from './source-lines';

const ITEM_KEY = new RegExp(`^(${SECTION_KEYS.join('|')})-(\\d+)$`);

/** `documents-88` → its part and number, for the link to the item's page. */
function itemAddress(key: string): { section: SectionKey; number: number } | null {
  const match = ITEM_KEY.exec(key);
  return match ? { section: match[1] as SectionKey, number: Number(match[2]) } : null;
}

/**
 * Every line of the source. Item lines link to their item; skipped lines show why, in words at
 * the start of each run and by style throughout (see the legend).
 */
export function SourceText({ locale, lines }: { locale: Locale; lines: readonly SourceLine[] }) {
  const { messages } = locale;
  const data = lines.map((line, index): LineData => {
    const previous = lines[index - 1];
    const startsRun =
      line.skipped !== previous?.skipped ||
      (line.itemKey !== null && line.itemKey !== previous?.itemKey);
    const item = line.itemKey ? itemAddress(line.itemKey) : null;
    if (line.skipped) {
      return startsRun
        ? [line.text, line.skipped, messages.source.skipped[line.skipped]]
        : [line.text, line.skipped];
    }
    if (!item) return line.text;
    if (!startsRun) return [line.text, 'item'];
    return [
      line.text,
      'item',
      messages.source.text.item(
        sectionName(locale, item.section),
        messages.numbering.item(item.number),
      ),
      locale.path(outcomePath(item.section, item.number)),
    ];
  });
  return (
    <TitledSection id="source-text" heading={messages.source.text.heading}>
      <SourceLines lines={data} lang={DEFAULT_LOCALE.lang} tagLang={locale.lang} />
    </TitledSection>
  );
}
