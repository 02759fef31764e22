import type { Locale } from '@/lib/i18n/locale';

export function HowMade({ locale }: { locale: Locale }) {
  const text = locale.messages.source.how;
  return (
    <section aria-labelledby="source-how">
      <h2 id="source-how" className="section-title">
        {text.heading}
      </h2>
      <ol className="numbered">
        {text.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </section>
  );
}
