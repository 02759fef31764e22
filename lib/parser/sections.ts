import type { SectionKey } from './types';

/**
 * The list's three top sections. Every copy of the list has these; a copy may lack a heading line,
 * so the key must be known from the ordinal alone as well as from the printed name.
 */
const SECTIONS: readonly { key: SectionKey; ordinal: number; names: readonly string[] }[] = [
  { key: 'meetings', ordinal: 1, names: ['会议和活动', '会议活动'] },
  { key: 'documents', ordinal: 2, names: ['成果文件'] },
  { key: 'initiatives', ordinal: 3, names: ['合作倡议'] },
];

export const SECTION_COUNT = SECTIONS.length;

/** The section a printed heading names, or null for a numbered line that is not one of them. */
export function sectionByHeading(ordinal: number, heading: string): SectionKey | null {
  const section = SECTIONS.find((s) => s.names.includes(heading));
  return section && section.ordinal === ordinal ? section.key : null;
}

export function sectionKey(ordinal: number): SectionKey {
  const section = SECTIONS.find((s) => s.ordinal === ordinal);
  if (!section) throw new RangeError(`no section ${ordinal}`);
  return section.key;
}

/** `meetings.2`: a category's name in every copy of the list, the second of its section. */
export function categoryValue(section: SectionKey, ordinal: number): string {
  return `${section}.${ordinal}`;
}
