import Link from 'next/link';
import type { FacetKey, Facets, FacetValue, Filters } from '@/lib/catalogue';
import { FACET_KEYS } from '@/lib/catalogue/filters';
import { PLACES } from '@/lib/enrich';
import { messages } from '@/lib/messages';
import { isSelected, listingHref, toggleValue } from '@/lib/outcomes/href';
import { valueLabel } from '@/lib/outcomes/labels';

const text = messages.outcomes.facets;
const PARENT = new Map(PLACES.map((place) => [place.slug, place.parent]));

interface FacetNode {
  entry: FacetValue;
  children: FacetNode[];
}

/**
 * Places nest (country → region → city) and a place matches everything inside it, so they are
 * listed as a tree. A place hangs under its nearest listed ancestor.
 */
function placeTree(values: readonly FacetValue[]): FacetNode[] {
  const nodes = new Map(
    values.map((entry) => [entry.value, { entry, children: [] as FacetNode[] }]),
  );
  const roots: FacetNode[] = [];
  for (const node of nodes.values()) {
    let parent = PARENT.get(node.entry.value);
    while (parent && !nodes.has(parent)) parent = PARENT.get(parent);
    const home = parent ? nodes.get(parent)?.children : undefined;
    (home ?? roots).push(node);
  }
  return roots;
}

function FacetOption({
  filters,
  facet,
  entry,
}: {
  filters: Filters;
  facet: FacetKey;
  entry: FacetValue;
}) {
  const label = valueLabel(facet, entry.value, entry.zh);
  const selected = isSelected(filters, facet, entry.value);
  const count = (
    <>
      <span aria-hidden="true" className="ml-auto pl-2 text-muted text-sm tabular-nums">
        {entry.count}
      </span>
      <span className="sr-only">{text.count(entry.count)}</span>
    </>
  );
  // A value that would empty the list is not offered as a link; a selected one always is, so
  // it can be taken off again.
  if (!selected && entry.count === 0) {
    return (
      <span aria-disabled="true" title={text.unavailable} className="flex px-2 py-1 text-muted">
        <span>{label}</span>
        {count}
      </span>
    );
  }
  return (
    <Link
      href={listingHref(toggleValue(filters, facet, entry.value))}
      scroll={false}
      prefetch={false}
      className="flex rounded px-2 py-1 text-ink no-underline hover:underline data-[selected]:bg-surface data-[selected]:font-semibold"
      data-selected={selected || undefined}
    >
      <span aria-hidden="true" className="w-4 shrink-0 text-accent">
        {selected ? '✓' : ''}
      </span>
      <span>{label}</span>
      {selected && <span className="sr-only">{text.selected}</span>}
      {count}
    </Link>
  );
}

function FacetList({
  filters,
  facet,
  nodes,
}: {
  filters: Filters;
  facet: FacetKey;
  nodes: FacetNode[];
}) {
  return (
    <ul className="[&_ul]:ml-4 [&_ul]:border-line [&_ul]:border-l">
      {nodes.map((node) => (
        <li key={node.entry.value}>
          <FacetOption filters={filters} facet={facet} entry={node.entry} />
          {node.children.length > 0 && (
            <FacetList filters={filters} facet={facet} nodes={node.children} />
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * Every facet with its values as links; each link adds or removes one value. On a narrow
 * screen the results come after the facets, so a link leads straight to them.
 */
export function FacetPanel({
  filters,
  facets,
  total,
}: {
  filters: Filters;
  facets: Facets;
  total: number;
}) {
  return (
    <section aria-labelledby="facets-heading" className="space-y-5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <h2 id="facets-heading" className="font-bold text-xl">
          {text.heading}
        </h2>
        <a href="#results" className="lg:hidden">
          {text.toResults(total)}
        </a>
      </div>
      {FACET_KEYS.filter((facet) => facets[facet].length > 0).map((facet) => (
        <section key={facet} aria-labelledby={`facet-${facet}`}>
          <h3 id={`facet-${facet}`} className="mb-1 font-semibold">
            {text.names[facet]}
          </h3>
          <FacetList
            filters={filters}
            facet={facet}
            nodes={
              facet === 'place'
                ? placeTree(facets[facet])
                : facets[facet].map((entry) => ({ entry, children: [] }))
            }
          />
        </section>
      ))}
    </section>
  );
}
