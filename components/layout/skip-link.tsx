import type { ReactNode } from 'react';

/** Hidden until focused; the first stop for keyboard users, so they can pass the header. */
export function SkipLink({ href, children }: { href: `#${string}`; children: ReactNode }) {
  return (
    <a
      href={href}
      className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-accent focus:px-4 focus:py-2 focus:text-on-accent focus:no-underline"
    >
      {children}
    </a>
  );
}
