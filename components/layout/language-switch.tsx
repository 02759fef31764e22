'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { swapPrefix } from '@/lib/i18n/prefix';

interface SwitchLocale {
  key: string;
  lang: string;
  prefix: string;
  name: string;
}

/**
 * The same view in the other languages: path and query kept, only the language prefix changes.
 * Plain links, rendered on the server with the address asked for, so they work without
 * JavaScript; a client component only so they follow client-side navigation.
 */
export function LanguageSwitch({
  label,
  current,
  locales,
}: {
  label: string;
  current: string;
  locales: readonly SwitchLocale[];
}) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const from = locales.find((locale) => locale.key === current)?.prefix ?? '';
  return (
    <nav aria-label={label}>
      <ul className="language-switch">
        {locales.map((locale) => {
          const path = swapPrefix(pathname, from, locale.prefix);
          const href = search === '' ? path : `${path}?${search}`;
          return (
            <li key={locale.key}>
              {locale.key === current ? (
                <span aria-current="true" lang={locale.lang}>
                  {locale.name}
                </span>
              ) : (
                <a href={href} lang={locale.lang} hrefLang={locale.lang}>
                  {locale.name}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
