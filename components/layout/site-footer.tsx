import { messages } from '@/lib/messages';

export function SiteFooter() {
  return (
    <footer className="mt-auto border-line border-t bg-surface">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-4 text-muted text-sm">
        <p>{messages.footer.source}</p>
        <p>{messages.footer.inferred}</p>
      </div>
    </footer>
  );
}
