import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { NotFoundNotice } from '@/components/layout/not-found-notice';
import { Downloads } from '@/components/outcomes/downloads';
import { PlaceItems } from '@/components/places/place-items';
import { PlaceSummary } from '@/components/places/place-summary';
import { ShareLink } from '@/components/ui/share-link';
import { exportHref, filterOf, getPlace } from '@/lib/catalogue';
import { requestCatalogue } from '@/lib/catalogue/request';
import { localeOf } from '@/lib/i18n/locale';
import { pageMetadata } from '@/lib/page-metadata';
import { placePath, previewPath } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site-url';

type Props = { params: Promise<{ locale: string; slug: string }> };

// One lookup per request, shared by the metadata and the page (same catalogue, same slug).
const lookupPlace = cache(getPlace);

async function read({ params }: Props) {
  const { locale: key, slug } = await params;
  const locale = localeOf(key);
  if (!locale) notFound();
  const catalogue = await requestCatalogue();
  return { locale, catalogue, detail: lookupPlace(catalogue, slug) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, detail } = await read(props);
  if (!detail) return { title: locale.messages.notFound.title, robots: { index: false } };
  const { place } = detail;
  const lang = locale.langParam;
  return pageMetadata(locale, {
    title: locale.name(place),
    description: locale.messages.places.metaDescription(locale.name(place), place.itemCount),
    path: placePath(place.slug),
    image: { url: absoluteUrl(previewPath(placePath(place.slug), lang)), alt: locale.name(place) },
    types: { 'application/atom+xml': exportHref('atom', filterOf('place', place.slug), lang) },
  });
}

/** One place: where it sits, its items by how they are tied to it, its feed and downloads. */
export default async function PlacePage(props: Props) {
  const { locale, catalogue, detail } = await read(props);
  if (!detail) return <NotFoundNotice locale={locale} />;
  const filters = filterOf('place', detail.place.slug);
  return (
    <div className="stack-lg">
      <PlaceSummary locale={locale} detail={detail} />
      <PlaceItems locale={locale} detail={detail} places={catalogue.placeTree} />
      <Downloads locale={locale} filters={filters} total={detail.total} />
      <ShareLink locale={locale} path={placePath(detail.place.slug)} />
    </div>
  );
}
