import { InferredMark } from '@/components/ui/inferred-mark';
import type { Overview } from '@/lib/catalogue';
import { messages } from '@/lib/messages';
import { numberedTotal } from './numbers';
import { SearchForm } from './search-form';

export function OverviewIntro({ overview }: { overview: Overview }) {
  const numbered = numberedTotal(overview.sections);
  return (
    <div className="space-y-4">
      <h1 className="font-bold text-2xl sm:text-3xl">{messages.home.heading}</h1>
      {overview.title && <p className="text-lg">{messages.overview.lead(overview.title)}</p>}
      {numbered !== null && (
        <p>
          {messages.overview.totals(overview.found, numbered)}
          <InferredMark note={messages.inferred.total} />
        </p>
      )}
      <SearchForm />
    </div>
  );
}
