import { messages } from '@/lib/messages';
import { NavLink } from './nav-link';

const SECTIONS = [
  { href: '/', label: messages.nav.overview },
  { href: '/outcomes', label: messages.nav.outcomes },
  { href: '/places', label: messages.nav.places },
  { href: '/source', label: messages.nav.source },
];

export function SiteNav() {
  return (
    <nav aria-label={messages.nav.label}>
      <ul className="flex flex-wrap gap-x-2 gap-y-1">
        {SECTIONS.map((section) => (
          <li key={section.href}>
            <NavLink href={section.href}>{section.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
