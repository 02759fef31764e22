'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useRef, useTransition } from 'react';

interface SearchFormProps {
  action: string;
  query: string;
  maxLength: number;
  /** The other filters, carried along so a search keeps them. */
  fields: ReadonlyArray<readonly [name: string, value: string]>;
  text: { label: string; hint: string; submit: string; pending: string };
}

/**
 * A plain GET form, which works without JavaScript. With it, the submission becomes a client
 * navigation to the same address, so only the results change and nothing reloads.
 */
export function SearchForm({ action, query, maxLength, fields, text }: SearchFormProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const input = useRef<HTMLInputElement>(null);

  // The page stays mounted when only its query string changes, so the uncontrolled box would
  // keep old text after back/forward or a removed chip. Only a change of address resets it:
  // text typed before hydration must survive the first render.
  const shownQuery = useRef(query);
  useEffect(() => {
    if (shownQuery.current === query) return;
    shownQuery.current = query;
    if (input.current) input.current.value = query;
  }, [query]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === 'string' && value.trim() !== '') params.append(name, value.trim());
    }
    const search = params.toString();
    startTransition(() => router.push(search ? `${action}?${search}` : action, { scroll: false }));
  }

  return (
    <search className="mb-6 block">
      <form action={action} method="get" onSubmit={submit}>
        {fields.map(([name, value]) => (
          <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
        ))}
        <label htmlFor="outcomes-q" className="mb-1 block font-semibold">
          {text.label}
        </label>
        <p id="outcomes-q-hint" className="mb-2 text-muted text-sm">
          {text.hint}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <input
            ref={input}
            id="outcomes-q"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={maxLength}
            aria-describedby="outcomes-q-hint"
            className="min-w-0 flex-1 basis-48 rounded border border-line-strong bg-canvas px-3 py-2 text-ink"
          />
          <button
            type="submit"
            className="rounded border border-accent bg-accent px-4 py-2 font-semibold text-on-accent"
          >
            {text.submit}
          </button>
          {pending && (
            <span className="text-muted text-sm" aria-hidden="true">
              {text.pending}
            </span>
          )}
        </div>
      </form>
    </search>
  );
}
