import type { ErrorText } from './error-text';

interface ErrorNoticeProps {
  error: unknown;
  retry: () => void;
  text: ErrorText;
}

/**
 * Shown by the error boundaries. Only the digest (a hash that matches the server log) is shown,
 * never the message or stack, which could leak internals.
 */
export function ErrorNotice({ error, retry, text }: ErrorNoticeProps) {
  const digest = digestOf(error);
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
        <a href={text.homeHref}>{text.home}</a>
      </p>
    </div>
  );
}

function digestOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('digest' in error)) return undefined;
  return typeof error.digest === 'string' ? error.digest : undefined;
}
