import { messages } from '@/lib/messages';

/**
 * Marks what the catalogue inferred rather than read in the source. The dashed outline keeps
 * it distinct from plain text without relying on colour; `note` says what was inferred.
 */
export function InferredMark({ note }: { note: string }) {
  return (
    <span
      title={note}
      className="mx-1 inline-block rounded border border-line-strong border-dashed px-1 align-middle font-normal text-muted text-xs leading-normal no-underline"
    >
      {messages.inferred.mark}
      <span className="sr-only">{`：${note}`}</span>
    </span>
  );
}
