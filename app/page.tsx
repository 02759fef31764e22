import { messages } from '@/lib/messages';

/** A placeholder until the catalogue pages land: it says so, and shows nothing it cannot back. */
export default function HomePage() {
  return (
    <>
      <h1 className="mb-4 font-bold text-2xl">{messages.home.heading}</h1>
      <p className="text-muted">{messages.home.building}</p>
    </>
  );
}
