import { notFound } from 'next/navigation';

/** Any address no page has: the language's own 404, inside its layout. */
export default function UnknownPage() {
  notFound();
}
