import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { PlaceItems } from '@/components/places/place-items';
import { PlaceSummary } from '@/components/places/place-summary';
import { getPlace, listPlaces } from '@/lib/catalogue';
import { messages } from '@/lib/messages';
import { pageMetadata } from '@/lib/page-metadata';
import { placePath } from '@/lib/routes';

type Params = Promise<{ slug: string }>;

/** Only the gazetteer's places exist; any other slug is a 404. */
export const dynamicParams = false;

/** One lookup per render, shared by the page and its metadata. */
const lookupPlace = cache(getPlace);

export async function generateStaticParams() {
  return (await listPlaces()).map((place) => ({ slug: place.slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const detail = await lookupPlace((await params).slug);
  if (!detail) return { title: messages.notFound.title };
  const { place } = detail;
  return pageMetadata({
    title: place.zh,
    description: messages.places.metaDescription(place.zh, place.itemCount),
    path: placePath(place.slug),
  });
}

export default async function PlacePage({ params }: { params: Params }) {
  const detail = await lookupPlace((await params).slug);
  if (!detail) notFound();
  return (
    <div className="space-y-8">
      <PlaceSummary detail={detail} />
      <PlaceItems detail={detail} />
    </div>
  );
}
