import { Fragment } from 'react';
import { DEFAULT_LOCALE } from '@/lib/i18n/locale';

// A run of Chinese: Han characters with the CJK punctuation around and between them, and the
// digits and dashes inside a title (2024—2025年).
const CHINESE_RUN =
  /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+(?:[0-9—]+[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+)*/gu;

/**
 * Text in another language than the list's that quotes it (its title, a search example,
 * 一、二、三, a query someone typed): each Chinese run is marked as Chinese, so a screen reader
 * reads it in a Chinese voice (WCAG 3.1.2, language of parts). `lang` is the language of the
 * element around the text; in the list's own language the text is left as it is.
 */
export function LangRuns({ lang, text }: { lang: string; text: string }) {
  if (lang === DEFAULT_LOCALE.lang) return text;
  const parts: Array<{ text: string; chinese: boolean }> = [];
  let at = 0;
  for (const match of text.matchAll(CHINESE_RUN)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index), chinese: false });
    parts.push({ text: match[0], chinese: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), chinese: false });
  return parts.map((part, index) =>
    part.chinese ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one fixed text, in order
      <span key={index} lang={DEFAULT_LOCALE.lang}>
        {part.text}
      </span>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one fixed text, in order
      <Fragment key={index}>{part.text}</Fragment>
    ),
  );
}

/** Sentences of interface text as list items (`<li>`), each with its Chinese runs marked. */
export function LangRunsItems({ lang, texts }: { lang: string; texts: readonly string[] }) {
  return texts.map((text) => (
    <li key={text}>
      <LangRuns lang={lang} text={text} />
    </li>
  ));
}
