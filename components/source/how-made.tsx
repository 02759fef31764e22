import { messages } from '@/lib/messages';

export function HowMade() {
  const text = messages.source.how;
  return (
    <section aria-labelledby="source-how">
      <h2 id="source-how" className="mb-2 font-bold text-xl">
        {text.heading}
      </h2>
      <ol className="list-decimal space-y-1 pl-6">
        {text.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
}
