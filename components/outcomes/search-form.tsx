'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, type ReactNode, useEffect, useRef, useTransition } from 'react';
import { withAnchor } from '@/lib/paths';

interface SearchFormProps {
  action: string;
  query: string;
  maxLength: number;
  /** The other filters, carried along so a search keeps them. */
  fields: ReadonlyArray<readonly [name: string, value: string]>;
  text: { label: string; placeholder: string; submit: string; pending: string };
  /** How to write a query, under the box. */
  help: ReactNode;
}

/**
 * A plain GET form, which works without JavaScript. With it, the submission becomes a client
 * navigation to the same address, so only the results change and nothing reloads.
 */
export function SearchForm({ action, query, maxLength, fields, text, help }: SearchFormProps) {
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
    startTransition(() =>
      router.push(withAnchor(search ? `${action}?${search}` : action, 'results'), {
        scroll: false,
      }),
    );
  }

  return (
    <search className="search">
      <form action={action} method="get" onSubmit={submit}>
        {fields.map(([name, value]) => (
          <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
        ))}
        <label htmlFor="outcomes-q" className="search-label">
          {text.label}
        </label>
        <div className="search-row">
          <input
            ref={input}
            id="outcomes-q"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={maxLength}
            placeholder={text.placeholder}
            aria-describedby="outcomes-q-help"
            className="input"
          />
          <button type="submit" className="button button-primary">
            {text.submit}
          </button>
          {pending && (
            <span className="muted small" aria-hidden="true">
              {text.pending}
            </span>
          )}
        </div>
      </form>
      <div id="outcomes-q-help">{help}</div>
    </search>
  );
}
