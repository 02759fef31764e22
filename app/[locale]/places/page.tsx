import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PlaceTree } from '@/components/places/place-tree';
import { listPlaces } from '@/lib/catalogue';
import { requestCatalogue } from '@/lib/catalogue/request';
import { localeOf } from '@/lib/i18n/locale';
import { pageMetadata } from '@/lib/page-metadata';
import { PAGE_PATHS } from '@/lib/paths';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOf((await params).locale);
  if (!locale) return {};
  const text = locale.messages.places;
  return pageMetadata(locale, {
    title: text.title,
    description: text.description,
    path: PAGE_PATHS.places,
  });
}

/** Every place any item is tied to, as a tree with counts; places with no items are left out. */
export default async function PlacesPage({ params }: Props) {
  const locale = localeOf((await params).locale);
  if (!locale) notFound();
  const catalogue = await requestCatalogue();
  const text = locale.messages.places;
  return (
    <div className="stack-lg">
      <h1 className="page-title">{text.title}</h1>
      <p>{text.intro}</p>
      <PlaceTree locale={locale} places={listPlaces(catalogue)} label={text.title} />
    </div>
  );
}
