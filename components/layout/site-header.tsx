import Link from 'next/link';
import { LOCALE_LIST, type Locale } from '@/lib/i18n/locale';
import { LanguageSwitch } from './language-switch';
import { NavLink } from './nav-link';

/** The site's name, its four sections and the language switch. */
export function SiteHeader({ locale }: { locale: Locale }) {
  const { nav, site } = locale.messages;
  const sections = [
    { href: locale.path('/'), label: nav.overview },
    { href: locale.path('/outcomes'), label: nav.outcomes },
    { href: locale.path('/places'), label: nav.places },
    { href: locale.path('/source'), label: nav.source },
  ];
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href={locale.path('/')} className="site-name">
          {site.name}
        </Link>
        <nav aria-label={nav.label}>
          <ul className="site-nav">
            {sections.map((section) => (
              <li key={section.href}>
                <NavLink href={section.href} home={locale.path('/')}>
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
