'use client';

import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * A link to another view of the catalogue, navigated on the client without prefetching or
 * scrolling (the view lands on its own anchor, e.g. #results). Those defaults live here rather
 * than on each of the dozens of links a list page has: every prop a server component passes to
 * a client one is sent again, in the page's React payload.
 */
export function ViewLink(props: Omit<ComponentProps<typeof Link>, 'prefetch' | 'scroll'>) {
  return <Link prefetch={false} scroll={false} {...props} />;
}
