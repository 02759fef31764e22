'use client';

import Link from 'next/link';

/** One value: its name, its count in words, the inferred share, where it leads, whether chosen. */
type OptionData = [
  label: string,
  count: string,
  inferred: string | null,
  href: string | null,
  selected: boolean,
];

export interface FacetData {
  key: string;
  heading: string;
  /** What its counts count, where the heading alone may not say (places of any role, venues). */
  note: string | null;
  options: readonly OptionData[];
  /** The link to the facet whole (or back to its busiest values), when it has more. */
  more: { href: string; text: string } | null;
}

/**
 * The facets. A client component only to be sent once, compactly (see ./result-rows.tsx): it
 * renders on the server, so every value is a plain link that works without a script. Below
 * 768 px it is a disclosure above the results whose summary names the active filters;
 * app/globals.css shows it open on wider screens.
 */
export function FacetList({
  summary,
  heading,
  facets,
  selectedText,
}: {
  summary: string;
  heading: string;
  facets: readonly FacetData[];
  selectedText: string;
}) {
  return (
    <details className="filters">
      <summary>{summary}</summary>
      <section aria-labelledby="facets-heading" className="facets">
        <h2 id="facets-heading" className="sr-only">
          {heading}
        </h2>
        {facets.map((facet) => (
          <section
            key={facet.key}
            aria-labelledby={`facet-${facet.key}`}
            aria-describedby={facet.note === null ? undefined : `facet-${facet.key}-note`}
            className="facet"
          >
            <h3 id={`facet-${facet.key}`}>{facet.heading}</h3>
            {facet.note !== null && (
              <p id={`facet-${facet.key}-note`} className="facet-note">
                {facet.note}
              </p>
            )}
            <ul>
              {facet.options.map(([label, count, inferred, href, selected]) => {
                const content = (
                  <>
                    {label}
                    {selected && <span className="sr-only">{selectedText}</span>}
                    <span className="facet-count">
                      {count}
                      {inferred && <span className="facet-inferred">{inferred}</span>}
                    </span>
                  </>
                );
                return (
                  <li key={label}>
                    {href === null ? (
                      <span aria-disabled="true" className="facet-option">
                        {content}
                      </span>
                    ) : (
                      <Link
                        href={href}
                        prefetch={false}
                        scroll={false}
                        className="facet-option"
                        aria-current={selected ? 'true' : undefined}
                      >
                        {content}
                      </Link>
                    )}
                  </li>
                );
              })}
            </ul>
            {facet.more && (
              <Link href={facet.more.href} prefetch={false} scroll={false} className="facet-more">
                {facet.more.text}
              </Link>
            )}
          </section>
        ))}
      </section>
    </details>
  );
}
