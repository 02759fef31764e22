import { messages } from '@/lib/messages';

/**
 * Shown by the error boundaries. Only the digest (a hash that matches the server log) is shown:
 * never the message or stack, which could leak internals.
 */
export function ErrorNotice({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = digestOf(error);
  return (
    <>
      <h1 className="mb-4 font-bold text-2xl">{messages.error.heading}</h1>
      <p className="mb-4">{messages.error.body}</p>
      {digest && (
        <p className="mb-4 text-muted text-sm">
          {messages.error.reference}: <code>{digest}</code>
        </p>
      )}
      <p className="flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={retry}
          className="rounded border border-line-strong px-3 py-1 text-ink"
        >
          {messages.error.retry}
        </button>
        {/* A plain link: after a failure the client router itself may be broken. */}
        <a href="/">{messages.error.home}</a>
      </p>
    </>
  );
}

function digestOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('digest' in error)) return undefined;
  return typeof error.digest === 'string' ? error.digest : undefined;
}
