import type { SkipReason } from '@/lib/parser/types';

/**
 * How each kind of skipped line is drawn, shared by the text and its legend. Each kind differs
 * in border style as well as shade, so none relies on colour alone.
 */
export const SKIP_STYLES: Record<SkipReason, string> = {
  commentary: 'border-l-4 border-dotted border-line-strong bg-surface text-muted',
  'page-marker': 'border-l-4 border-dashed border-line-strong bg-surface',
  'page-header': 'border-l-4 border-double border-line-strong bg-surface',
  dateline: 'border-l-4 border-solid border-line bg-surface',
  'list-title': 'border-l-4 border-solid border-line-strong bg-surface font-semibold',
};

/** Lines an item was read from. */
export const ITEM_STYLE = 'border-l-4 border-solid border-accent';

export const SKIP_REASONS = Object.keys(SKIP_STYLES) as SkipReason[];
