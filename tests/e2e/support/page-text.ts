import type { Page } from 'playwright-core';
import type { Messages } from '@/lib/messages/zh-CN';

/**
 * What a page shows in one language, for the checks that no interface text is left in another:
 * tests/e2e/third-language.test.ts (a pseudo-locale) and tests/e2e/russian/pages.test.ts.
 */

/**
 * The English interface text, as phrases a page would show verbatim: every string of the
 * messages, and the words of every message function around its arguments, cut where Chinese
 * (the list's title) or an argument stands; phrases of six characters or more that are words,
 * not names of places, types or topics (`vocabulary`).
 */
export function interfacePhrases(messages: Messages, vocabulary: ReadonlySet<string>): string[] {
  const phrases = new Set<string>();
  const add = (text: string) => {
    for (const part of text.split(/\uE000|[\p{Script=Han}《》、，。：；（）]+/u)) {
      const phrase = part.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
      if (phrase.length >= 6 && /^[A-Za-z][\p{L}\s\p{P}]*$/u.test(phrase)) phrases.add(phrase);
    }
  };
  const visit = (value: unknown): void => {
    if (typeof value === 'string') add(value);
    else if (typeof value === 'function') {
      const sample = Array.from({ length: value.length }, () => '\uE000');
      try {
        const result: unknown = value(...sample);
        if (typeof result === 'string') add(result);
      } catch {
        // A message that cannot take a stand-in for its arguments has no fixed words to check.
      }
    } else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  visit(messages);
  return [...phrases].filter((phrase) => !vocabulary.has(phrase));
}

export interface PageText {
  /** What people read or hear: text nodes and labels, titles, placeholders and alt texts. */
  shown: string[];
  /** What the page says of itself to machines: `<meta content>`. */
  meta: string[];
}

/**
 * The text a page gives in one language, whose nearest `lang` is that language. Text marked as
 * another language (the Chinese originals, the parser's English notes) is not the interface's,
 * nor are scripts, nor machine values shown as code (a file name, a checksum).
 */
export function textIn(page: Page, lang: string): Promise<PageText> {
  return page.evaluate((lang) => {
    const inLanguage = (element: Element | null) =>
      element !== null &&
      element.closest('[lang]')?.getAttribute('lang') === lang &&
      element.closest('script, style, template, noscript, code') === null;
    const shown: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (inLanguage(node.parentElement)) shown.push(node.textContent ?? '');
    }
    for (const element of document.querySelectorAll(
      '[aria-label], [title], [placeholder], [alt]',
    )) {
      if (!inLanguage(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value) shown.push(value);
      }
    }
    const meta = [...document.querySelectorAll('meta[content]')].map(
      (element) => element.getAttribute('content') ?? '',
    );
    return { shown, meta };
  }, lang);
}

/** Text without addresses and file names (`/qps/outcomes`, `xinhua-sco-outcomes-….txt`). */
export function withoutAddresses(text: string): string {
  return text.replace(/\S*\/\S*|\S+\.(?:txt|json|csv)\b/g, ' ');
}
