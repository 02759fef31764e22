import type { Metadata } from 'next';
import Link from 'next/link';
import { messages } from '@/lib/messages';

export const metadata: Metadata = { title: messages.notFound.title };

/** Deliberately says nothing about the requested path, so nothing from the URL is echoed. */
export default function NotFound() {
  return (
    <>
      <h1 className="mb-4 font-bold text-2xl">{messages.notFound.heading}</h1>
      <p className="mb-4">{messages.notFound.body}</p>
      <p>
        <Link href="/">{messages.notFound.home}</Link>
      </p>
    </>
  );
}
