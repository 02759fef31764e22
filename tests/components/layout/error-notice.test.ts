import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorNotice } from '@/components/layout/error-notice';
import { messages } from '@/lib/messages';

function render(error: unknown): string {
  return renderToStaticMarkup(createElement(ErrorNotice, { error, retry: () => {} }));
}

describe('ErrorNotice', () => {
  it('shows neither the message nor the stack of what was thrown', () => {
    const error = new Error('SQLITE_CANTOPEN: /srv/secret/catalogue.db');
    const html = render(error);
    expect(html).toContain(messages.error.heading);
    expect(html).not.toContain('SQLITE_CANTOPEN');
    expect(html).not.toContain('/srv/secret');
    expect(html).not.toContain('at ');
  });

  it('shows the digest that matches the server log, escaped', () => {
    const error = Object.assign(new Error('hidden'), { digest: '1234567<b>' });
    const html = render(error);
    expect(html).toContain(`${messages.error.reference}: <code>1234567&lt;b&gt;</code>`);
    expect(html).not.toContain('hidden');
  });

  it('accepts thrown values that are not errors', () => {
    expect(render('a string')).not.toContain('a string');
    expect(render(null)).toContain(messages.error.heading);
  });
});
