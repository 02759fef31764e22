'use client';

/**
 * A line as sent: its text alone, or its text with its kind (item, or why it was skipped) and,
 * where a run of that kind starts, the tag to show (the item's link, the reason in words).
 */
export type LineData = string | [text: string, kind: string, tag?: string, href?: string];

/**
 * The source text's lines, numbered from 1; each number links to the line's own anchor (#L46),
 * so any line can be cited. A client component only to be sent once, compactly (see
 * components/outcomes/result-rows.tsx): ~500 lines as server-rendered elements would come
 * to more than the page's whole budget. It renders on the server like any other.
 */
export function SourceLines({
  lines,
  lang,
  tagLang,
}: {
  lines: readonly LineData[];
  lang: string;
  tagLang: string;
}) {
  return (
    <ol className="source" lang={lang}>
      {lines.map((line, index) => {
        const number = index + 1;
        const [text, kind, tag, href] = typeof line === 'string' ? [line] : line;
        const tagged =
          tag === undefined ? null : href === undefined ? (
            <span className="tag" lang={tagLang}>
              {tag}
            </span>
          ) : (
            <a href={href} className="tag" lang={tagLang}>
              {tag}
            </a>
          );
        return (
          <li key={number} id={`L${number}`} className={kind}>
            <a href={`#L${number}`}>{number}</a>
            {(text !== '' || tagged) && (
              <span>
                {href === undefined && tagged}
                {text}
                {href !== undefined && tagged}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
