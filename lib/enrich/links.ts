import type { SectionKey } from '@/lib/parser/types';
import type { ItemLink } from './types';

interface LinkableItem {
  section: SectionKey;
  title: string;
}

// A meeting's name must be this long to count: shorter ones (上海合作组织论坛) are generic
// enough to prefix unrelated documents.
const NAME_MIN_LENGTH = 8;
// What a produced document adds to the meeting's name: a place and a genre (沈阳倡议, 宣言).
const SUFFIX_MAX_LENGTH = 10;
const LEADING_YEAR = /^\d{4}\s*(?:年|·)?\s*/;

/** The name without the edition year: 2025年…论坛 and 2025…论坛 both become …论坛. */
function nameOf(title: string): string {
  return title.replace(LEADING_YEAR, '').trim();
}

/**
 * Pairs each document or initiative with the meeting it came out of, recognised by its title
 * being the meeting's name plus a short suffix: 2025年上海合作组织民间友好论坛暨友好城市论坛
 * → 2025年上海合作组织民间友好论坛暨友好城市论坛沈阳倡议. The longest matching name wins.
 * Runs in time proportional to the titles' total length, so 100 000 items stay cheap.
 */
export function producedLinks(items: readonly LinkableItem[]): ItemLink[] {
  const meetingsByName = new Map<string, number[]>();
  items.forEach((item, index) => {
    if (item.section !== 'meetings') return;
    const name = nameOf(item.title);
    if (name.length < NAME_MIN_LENGTH) return;
    meetingsByName.set(name, [...(meetingsByName.get(name) ?? []), index]);
  });
  const links: ItemLink[] = [];
  items.forEach((item, to) => {
    if (item.section === 'meetings') return;
    const name = nameOf(item.title);
    const shortest = Math.max(NAME_MIN_LENGTH, name.length - SUFFIX_MAX_LENGTH);
    for (let length = name.length - 1; length >= shortest; length -= 1) {
      const meetings = meetingsByName.get(name.slice(0, length));
      if (!meetings) continue;
      for (const from of meetings) links.push({ from, to, kind: 'produced' });
      break;
    }
  });
  return links;
}
