'use client';

import { createContext, type ReactNode, useContext } from 'react';
import type { Messages } from '@/lib/messages';

/** What an error notice says, in the page's language, and where its home link goes. */
export interface ErrorText extends Readonly<Messages['error']> {
  homeHref: string;
}

const ErrorTextContext = createContext<ErrorText | null>(null);

/**
 * Hands the layout's language to the error boundary below it. The boundary is a client
 * component that receives no props from the server; through this it gets five strings rather
 * than importing a whole messages catalogue into every page's JavaScript.
 */
export function ErrorTextProvider({ text, children }: { text: ErrorText; children: ReactNode }) {
  return <ErrorTextContext value={text}>{children}</ErrorTextContext>;
}

export function useErrorText(): ErrorText {
  const text = useContext(ErrorTextContext);
  // Only reachable if a boundary is placed outside app/[locale]/layout.tsx: a programming error.
  if (!text) throw new Error('useErrorText needs an ErrorTextProvider above it');
  return text;
}
