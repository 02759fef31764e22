import type { SourceLine } from '@/lib/catalogue';
import { messages } from '@/lib/messages';
import { SECTION_KEYS, type SectionKey } from '@/lib/parser/types';
import { outcomePath, sourceLineAnchor } from '@/lib/routes';
import { ITEM_STYLE, SKIP_STYLES } from './skip-styles';

const ITEM_KEY = new RegExp(`^(${SECTION_KEYS.join('|')})-(\\d+)$`);

/** `documents-88` → its part and number, for the link to the item's page. */
function itemAddress(key: string): { section: SectionKey; number: number } | null {
  const match = ITEM_KEY.exec(key);
  return match ? { section: match[1] as SectionKey, number: Number(match[2]) } : null;
}

/**
 * Every line of the source, numbered; each number is a link to the line's own anchor (#L46),
 * so any line can be cited. Item lines link to their item; skipped lines show why, in words at
 * the start of each run and by style throughout (see the legend).
 */
export function SourceText({ lines }: { lines: SourceLine[] }) {
  return (
    <section aria-labelledby="source-text">
      <h2 id="source-text" className="mb-2 font-bold text-xl">
        {messages.source.text.heading}
      </h2>
      <ol className="rounded border border-line text-sm leading-relaxed">
        {lines.map((line, index) => {
          const previous = lines[index - 1];
          return (
            <Line
              key={line.number}
              line={line}
              startsRun={
                line.skipped !== previous?.skipped ||
                (line.itemKey !== null && line.itemKey !== previous?.itemKey)
              }
            />
          );
        })}
      </ol>
    </section>
  );
}

function Line({ line, startsRun }: { line: SourceLine; startsRun: boolean }) {
  const anchor = sourceLineAnchor(line.number);
  const item = line.itemKey ? itemAddress(line.itemKey) : null;
  const style = line.skipped
    ? SKIP_STYLES[line.skipped]
    : item
      ? ITEM_STYLE
      : 'border-l-4 border-transparent';
  return (
    <li
      id={anchor.slice(1)}
      className={`flex min-h-6 scroll-mt-4 gap-3 pr-2 target:outline-2 target:outline-focus ${style}`}
    >
      <a
        href={anchor}
        className="w-10 shrink-0 select-none text-right text-muted tabular-nums no-underline hover:underline"
      >
        {line.number}
      </a>
      <span className="min-w-0 flex-1 whitespace-pre-wrap break-all">
        {line.skipped && startsRun && (
          <span className="mr-2 rounded border border-line-strong px-1 text-xs">
            {messages.source.skipped[line.skipped]}
          </span>
        )}
        {line.text}
        {item && startsRun && (
          <a
            href={outcomePath(item.section, item.number)}
            className="ml-2 whitespace-nowrap text-xs underline"
          >
            {messages.source.text.item(
              messages.sections[item.section],
              messages.numbering.item(item.number),
            )}
          </a>
        )}
      </span>
    </li>
  );
}
