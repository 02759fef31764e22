import type { ReactNode } from 'react';

/** Hidden until focused; the first stop for keyboard users, so they can pass the header. */
export function SkipLink({ href, children }: { href: `#${string}`; children: ReactNode }) {
  return (
    <a href={href} className="skip-link">
      {children}
    </a>
  );
}
