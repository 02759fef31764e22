'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/**
 * A client component only because the root layout is not re-rendered on navigation and cannot
 * know the path; it still renders on the server, so aria-current is in the HTML without
 * JavaScript.
 */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const current = currentness(usePathname(), href);
  return (
    <Link
      href={href}
      aria-current={current}
      className="block rounded px-2 py-1 text-ink no-underline hover:underline aria-[current]:font-semibold aria-[current]:text-accent aria-[current]:underline aria-[current]:decoration-2"
    >
      {children}
    </Link>
  );
}

/** The link's own page is "page"; a page inside its section (/outcomes/12) is "true". */
function currentness(pathname: string, href: string): 'page' | 'true' | undefined {
  if (pathname === href) return 'page';
  if (href !== '/' && pathname.startsWith(`${href}/`)) return 'true';
  return undefined;
}
