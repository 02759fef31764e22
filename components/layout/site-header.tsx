import Link from 'next/link';
import { LOCALE_LIST, type Locale } from '@/lib/i18n/locale';
import { PAGE_PATHS } from '@/lib/paths';
import { LanguageSwitch } from './language-switch';
import { NavLink } from './nav-link';

/** The site's name, its four sections and the language switch. */
export function SiteHeader({ locale }: { locale: Locale }) {
  const { nav, site } = locale.messages;
  const sections = [
    { href: locale.path(PAGE_PATHS.overview), label: nav.overview },
    { href: locale.path(PAGE_PATHS.outcomes), label: nav.outcomes },
    { href: locale.path(PAGE_PATHS.places), label: nav.places },
    { href: locale.path(PAGE_PATHS.commitments), label: nav.commitments },
    { href: locale.path(PAGE_PATHS.source), label: nav.source },
  ];
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href={locale.path(PAGE_PATHS.overview)} className="site-name">
          {site.name}
        </Link>
        <nav aria-label={nav.label}>
          <ul className="site-nav">
            {sections.map((section) => (
              <li key={section.href}>
                <NavLink href={section.href} home={locale.path(PAGE_PATHS.overview)}>
                  {section.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch
          label={locale.messages.locale.switchLabel}
          current={locale.key}
          locales={LOCALE_LIST.map((each) => ({
            key: each.key,
            lang: each.lang,
            prefix: each.prefix,
            name: each.messages.locale.name,
          }))}
        />
      </div>
    </header>
  );
}
