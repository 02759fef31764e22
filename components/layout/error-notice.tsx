import { messages } from '@/lib/messages';

/**
 * Shown by the error boundaries, which are client components and cannot know the page's
 * language: the text is the site language's. Only the digest (a hash that matches the server
 * log) is shown, never the message or stack, which could leak internals.
 */
export function ErrorNotice({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = digestOf(error);
  const text = messages.error;
  return (
    <div className="stack">
      <h1 className="page-title">{text.heading}</h1>
      <p>{text.body}</p>
      {digest && (
        <p className="muted small">
          {text.reference}: <code>{digest}</code>
        </p>
      )}
      <p className="inline-list">
        <button type="button" onClick={retry} className="button">
          {text.retry}
        </button>
        {/* A plain link: after a failure the client router itself may be broken. */}
        <a href="/">{text.home}</a>
      </p>
    </div>
  );
}

function digestOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('digest' in error)) return undefined;
  return typeof error.digest === 'string' ? error.digest : undefined;
}
