import Link from 'next/link';
import { messages } from '@/lib/messages';
import { SiteNav } from './site-nav';

export function SiteHeader() {
  return (
    <header className="border-line border-b bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-semibold text-ink text-lg no-underline hover:underline">
          {messages.site.name}
        </Link>
        <SiteNav />
      </div>
    </header>
  );
}
