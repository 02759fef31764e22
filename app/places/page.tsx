import { PlaceTree } from '@/components/places/place-tree';
import { listPlaces } from '@/lib/catalogue';
import { messages } from '@/lib/messages';
import { pageMetadata } from '@/lib/page-metadata';

export const metadata = pageMetadata({
  title: messages.places.title,
  description: messages.places.description,
  path: '/places',
});

export default async function PlacesPage() {
  const places = await listPlaces();
  return (
    <div className="space-y-6">
      <h1 className="font-bold text-2xl sm:text-3xl">{messages.places.title}</h1>
      <p>{messages.places.intro}</p>
      <PlaceTree
        label={messages.places.title}
        places={places.map((place) => ({ ...place, count: place.itemCount }))}
      />
    </div>
  );
}
