'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useRef } from 'react';

/**
 * After a client navigation that changes the view (a filter, a page, an order), the results
 * heading takes the focus and the view, so keyboard and screen-reader users land where the new
 * results begin, as sighted users do. Not on the first render: a fresh page keeps its place.
 */
export function ResultsFocus({ target }: { target: string }) {
  const search = useSearchParams().toString();
  const first = useRef(search);
  useEffect(() => {
    if (first.current === search) return;
    first.current = search;
    const heading = document.getElementById(target);
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: 'start' });
  }, [search, target]);
  return null;
}
