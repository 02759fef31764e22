'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/**
 * A client component only because the layout is not re-rendered on navigation and cannot know
 * the path; it still renders on the server, so aria-current is in the HTML without JavaScript.
 */
export function NavLink({
  href,
  home,
  children,
}: {
  href: string;
  home: string;
  children: ReactNode;
}) {
  const pathname = usePathname();
  const current =
    pathname === href
      ? 'page'
      : href !== home && pathname.startsWith(`${href}/`)
        ? 'true'
        : undefined;
  return (
    <Link href={href} aria-current={current} className="nav-link">
      {children}
    </Link>
  );
}
