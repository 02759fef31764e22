'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';

interface CopyLinkProps {
  /** The page's address as the server rendered it: what a page without JavaScript shows. */
  url: string;
  label: string;
  copy: string;
  copied: string;
  failed: string;
}

/**
 * The page's address as selectable text, plus a copy button once JavaScript runs (without it
 * the button would do nothing, so it is not rendered). The path and query follow every client
 * navigation (a filter, a search, a page) but the origin stays the server's, so the share box
 * gives the same origin as every other absolute address on the page. Text arrives as props so
 * this client bundle carries no message catalogue.
 */
export function CopyLink({ url, label, copy, copied, failed }: CopyLinkProps) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const text = useRef<HTMLElement>(null);
  const address = ready ? `${new URL(url).origin}${pathname}${search ? `?${search}` : ''}` : url;

  useEffect(() => setReady(true), []);
  // A copy made for the previous view says nothing about this one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the status resets when the address changes.
  useEffect(() => setStatus('idle'), [address]);

  async function copyAddress() {
    try {
      await navigator.clipboard.writeText(address);
      setStatus('copied');
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): select the text instead.
      if (text.current) window.getSelection()?.selectAllChildren(text.current);
      setStatus('failed');
    }
  }

  return (
    <div className="copy-link">
      <p>
        <span className="muted small">{label}</span> <code ref={text}>{address}</code>{' '}
        {ready && (
          <button type="button" onClick={copyAddress} className="button">
            {copy}
          </button>
        )}
      </p>
      <p role="status" className="small">
        {status === 'copied' ? copied : status === 'failed' ? failed : ''}
      </p>
    </div>
  );
}
