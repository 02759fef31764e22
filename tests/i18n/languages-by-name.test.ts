import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No code picks a language by naming it: names, titles and headers are read by locale key from
 * the locale list (lib/i18n/locales.ts), so a language added there and in the data gets its
 * names, columns and fields without a line of code. What names the two languages the project
 * has is listed below, with the reason.
 */

const ROOT = process.cwd();
const CODE_DIRS = ['lib', 'components', 'app'];

/** Files that may name zh and en, and why. */
const ALLOWED: Record<string, string> = {
  'lib/i18n/locales.ts': 'the list of languages itself',
  'lib/catalogue/read-tables.ts': 'reads the database’s zh and en name columns',
  'lib/catalogue/to-entries.ts': 'turns those columns into names by locale key',
};
const ALLOWED_DIRS: Record<string, string> = {
  'lib/messages/': 'the interface text, a file per language',
  'lib/db/': 'writes the database’s zh and en name columns (and Prisma’s client)',
};

/** Ways code reads or writes a name by its language, each with what it catches. */
const BY_NAME: Array<[RegExp, string]> = [
  [/\.(?:zh|en)(?:[A-Z]\w*)?\b/, 'a member: place.en, unit.enOne, translations.zh'],
  [/\[\s*['"`](?:zh|en)['"`]\s*\]/, "an index: translations['en']"],
  [/(?<![\w.'"-])(?:zh|en)(?:[A-Z]\w*)?\??\s*:/, 'a key or field: { zh: …, en: … }'],
  [/(?:\(|const|let)\s*\{[^}]*\b(?:zh|en)\b[^}]*\}/, 'a destructuring: ({ key, zh, en })'],
  [/\blang(?:=|:\s*)['"`](?:zh|en)\b/, 'a language tag: lang="en"'],
];

async function codeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(join(ROOT, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** The code without its comments, line for line (block comments blanked, not removed). */
function withoutComments(text: string): string[] {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .split('\n')
    .map((line) => line.replace(/(^|[^:'"`])\/\/.*$/, '$1'));
}

function allowed(path: string): boolean {
  return path in ALLOWED || Object.keys(ALLOWED_DIRS).some((dir) => path.startsWith(dir));
}

describe('no code names a language to read its names', () => {
  it('holds for lib/, components/ and app/, outside the files listed', async () => {
    const files = (await Promise.all(CODE_DIRS.map(codeFiles))).flat();
    expect(files.length).toBeGreaterThan(200);
    const found: string[] = [];
    for (const path of files.filter((file) => !allowed(file))) {
      withoutComments(await readFile(join(ROOT, path), 'utf8')).forEach((line, index) => {
        for (const [pattern, what] of BY_NAME) {
          if (pattern.test(line)) found.push(`${path}:${index + 1}: ${what}: ${line.trim()}`);
        }
      });
    }
    expect(found).toEqual([]);
  });

  // The patterns find what they are for: each one in code as it was before names were data.
  it.each([
    ['subtitle: locale.key === ORIGINAL_LOCALE ? place.en : place.zh,', 0],
    ['return locale.key === ORIGINAL_LOCALE ? unit.zh : unit.enOne;', 0],
    ["cell: (_, item) => item.translations['en'] ?? '',", 1],
    ['return { key, zh: unit?.zh ?? key, en: unit?.en ?? key };', 2],
    ['term(catalogue: Catalogue, value: string): { zh: string; en: string } | undefined;', 2],
    ['export const TOPICS = rules.map(({ key, zh, en }) => ({ key, zh, en }));', 3],
    ["      ? { name: place.names.zh, lang: 'en' }", 4],
    ['          <span lang="en">', 4],
  ] as const)('%s is found', (line, pattern) => {
    expect(BY_NAME[pattern]?.[0].test(line)).toBe(true);
  });

  it.each([
    'const names = namesFrom((key) => stored[key] ?? data?.names[key] ?? original);',
    "import { en } from '@/lib/messages/en';",
    'description: en.outcomes.facets.names[facet],',
    "const tokens = new Intl.Segmenter('zh', { granularity: 'word' });",
    "'zh-CN': '编号单双',",
  ])('%s is not', (line) => {
    expect(BY_NAME.filter(([pattern]) => pattern.test(line))).toEqual([]);
  });
});
