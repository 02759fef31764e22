import type { ReactNode } from 'react';

/**
 * A part of a page named by its own heading (`aria-labelledby`), so assistive technology lists
 * it by that name. `hidden` keeps the heading for them alone, where the layout shows what it is.
 */
export function TitledSection({
  id,
  heading,
  hidden = false,
  className,
  children,
}: {
  id: string;
  heading: ReactNode;
  hidden?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={hidden ? 'sr-only' : 'section-title'}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
