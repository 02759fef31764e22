import { QUERY_MAX_LENGTH } from '@/lib/constants';
import { messages } from '@/lib/messages';
import { outcomesListPath } from '@/lib/routes';

/** A plain GET form: the list at /outcomes reads `q`, so searching works without JavaScript. */
export function SearchForm() {
  const text = messages.overview.search;
  return (
    <search>
      <form action={outcomesListPath({})} method="get" className="flex max-w-xl flex-wrap gap-2">
        <label htmlFor="overview-q" className="w-full font-semibold">
          {text.label}
        </label>
        <input
          id="overview-q"
          name="q"
          type="search"
          maxLength={QUERY_MAX_LENGTH}
          placeholder={text.placeholder}
          className="min-w-0 flex-1 rounded border border-line-strong bg-canvas px-3 py-2 text-ink placeholder:text-muted"
        />
        <button
          type="submit"
          className="rounded bg-accent px-4 py-2 font-semibold text-on-accent hover:underline"
        >
          {text.submit}
        </button>
      </form>
    </search>
  );
}
