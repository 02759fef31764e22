import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorNotice } from '@/components/layout/error-notice';
import { siteErrorText } from '@/lib/messages';
import { en } from '@/lib/messages/en';
import { zhCN as messages } from '@/lib/messages/zh-CN';

const zhText = { ...messages.error, homeHref: '/' };

function render(error: unknown, text = zhText): string {
  return renderToStaticMarkup(createElement(ErrorNotice, { error, retry: () => {}, text }));
}

describe('ErrorNotice', () => {
  it('shows neither the message nor the stack of what was thrown', () => {
    const error = new Error('SQLITE_CANTOPEN: /srv/secret/catalogue.db');
    const html = render(error);
    expect(html).toContain('页面暂时无法显示');
    expect(html).not.toContain('SQLITE_CANTOPEN');
    expect(html).not.toContain('/srv/secret');
    expect(html).not.toContain('at ');
  });

  it('shows the digest that matches the server log, escaped', () => {
    const error = Object.assign(new Error('hidden'), { digest: '1234567<b>' });
    const html = render(error);
    expect(html).toContain('错误编号: <code>1234567&lt;b&gt;</code>');
    expect(html).not.toContain('hidden');
  });

  it('accepts thrown values that are not errors', () => {
    expect(render('a string')).not.toContain('a string');
    expect(render(null)).toContain('页面暂时无法显示');
  });

  it("speaks the page's language and links that language's home page", () => {
    const html = render(null, { ...en.error, homeHref: '/en' });
    expect(html).toContain('This page cannot be shown at the moment');
    expect(html).toContain('<a href="/en">Back to the home page</a>');
    expect(html).not.toContain('页面');
  });

  it("the layout-less boundary's text is the site language's error text", () => {
    expect(siteErrorText).toBe(messages.error);
  });
});
