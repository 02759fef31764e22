'use client';

import { useEffect, useRef, useState } from 'react';

interface CopyLinkProps {
  /** The canonical address, shown as it is until the browser knows the address really in use. */
  url: string;
  label: string;
  copy: string;
  copied: string;
  failed: string;
}

/**
 * The page's address as selectable text, plus a copy button once JavaScript runs (without it
 * the button would do nothing, so it is not rendered). Text arrives as props so this client
 * bundle carries no message catalogue.
 */
export function CopyLink({ url, label, copy, copied, failed }: CopyLinkProps) {
  const [address, setAddress] = useState(url);
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const text = useRef<HTMLElement>(null);

  useEffect(() => {
    const { origin, pathname, search } = window.location;
    setAddress(`${origin}${pathname}${search}`);
    setReady(true);
  }, []);

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
