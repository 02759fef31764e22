import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { en } from '@/lib/messages/en';
import { ru } from '@/lib/messages/ru';
import type { Messages } from '@/lib/messages/zh-CN';
import { zhCN } from '@/lib/messages/zh-CN';
import { type RunningServer, startServer } from '@/scripts/harness/server';
import {
  ENGLISH,
  expectedKeys,
  itemOf,
  PLACES,
  parseCsv,
  RUSSIAN,
  TOPICS,
  TYPES,
} from './outcomes/support';
import { ITEM, ORIGIN, withContext } from './pages/support';
import { expect, test } from './support/fixtures';
import { interfacePhrases, textIn, withoutAddresses } from './support/page-text';
import { pseudo, pseudoLocalize } from './support/pseudo-locale';
import { copyProject, insertedLines, OwnedCommands } from './support/scratch-project';

/**
 * "A third language is data": adding one is its messages file, its translations file, its names
 * in the data files (places, types, topics, facts, units and kinds: a field named by its key
 * beside `zh` and `en`) and one line in lib/i18n/locales.ts. This test adds a pseudo-locale (qps,
 * en-XA: the English text with accented letters, in brackets) to a scratch copy of the project
 * exactly that way and nothing else, ingests the real list, builds and serves the copy, and
 * renders every kind of page in the new language: each must answer in it, show its titles beside
 * the Chinese originals, be offered by the other languages' switches, hreflang alternates and
 * sitemap, and show no English text that did not come through its messages or its names. Its
 * titles and names reach the exports too: a column of the CSV, fields of the Data Package.
 */

const PROJECT = process.cwd();
const COPY = join(PROJECT, 'var', 'third-language');
const NODE_BIN = join(PROJECT, 'node_modules', '.bin');

const PSEUDO = {
  key: 'qps',
  prefix: '/qps',
  lang: 'en-XA',
  openGraph: 'en_XA',
  name: pseudo('Pseudo'),
} as const;

/** The pseudo-locale's interface text: lib/messages/qps.ts in the copy is this same expression. */
const qps: Messages = {
  ...pseudoLocalize(en),
  locale: { ...pseudoLocalize(en.locale), lang: PSEUDO.lang, name: PSEUDO.name },
};

/** lib/messages/qps.ts: the transform itself, then the messages made with it. */
function messagesFile(transform: string): string {
  return `/**
 * The pseudo-locale's interface text, written by tests/e2e/third-language.test.ts into a scratch
 * copy of the project: the English messages pseudo-localised by the transform below (the text of
 * tests/e2e/support/pseudo-locale.ts), standing in for a translator's file.
 */
import { en } from './en';
import type { Messages } from './zh-CN';

${transform}
export const qps: Messages = {
  ...pseudoLocalize(en),
  locale: { ...pseudoLocalize(en.locale), lang: '${PSEUDO.lang}', name: '${PSEUDO.name}' },
};
`;
}

/** The one line of configuration, and the import of the messages it names. */
const CONFIG_LINES = [
  "import { qps } from '../messages/qps';",
  `  { key: '${PSEUDO.key}', prefix: '${PSEUDO.prefix}', openGraph: '${PSEUDO.openGraph}', messages: qps },`,
];

const TRANSLATIONS = {
  locale: PSEUDO.key,
  provenance: {
    status: 'unofficial',
    note: 'A pseudo-localisation of the English translation, for tests: accented and bracketed.',
    date: '2026-12-01',
  },
  titles: Object.fromEntries(Object.entries(ENGLISH.titles).map(([key, t]) => [key, pseudo(t)])),
  headings: Object.fromEntries(
    Object.entries(ENGLISH.headings).map(([heading, t]) => [heading, pseudo(t)]),
  ),
};

/** An item's title in the pseudo-locale, from the translations file written above. */
function pseudoTitle(key: string): string {
  const title = TRANSLATIONS.titles[key];
  if (title === undefined) throw new Error(`no title for ${key}`);
  return title;
}

/** The data files that name things, each entry by a field per language (lib/i18n/names.ts). */
const NAMED_DATA = ['gazetteer', 'outcome-types', 'topics', 'facts', 'numbers'];

/**
 * Gives every entry of the data files that has an English name (`"en"`, beside `"zh"`) its name
 * in the pseudo-locale, made from the English; a unit's forms after a number likewise. Returns
 * how many names were added.
 */
async function addPseudoNames(): Promise<number> {
  let added = 0;
  const named = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(named);
    if (typeof value !== 'object' || value === null) return value;
    const entry = Object.fromEntries(
      Object.entries(value).map(([key, each]) => [key, named(each)]),
    );
    if ('zh' in entry && 'en' in entry) {
      added += 1;
      entry[PSEUDO.key] =
        typeof entry.en === 'string' ? pseudo(entry.en) : pseudoLocalize(entry.en);
    }
    return entry;
  };
  for (const name of NAMED_DATA) {
    const path = join(COPY, 'data', `${name}.json`);
    const data = named(JSON.parse(await readFile(path, 'utf8')));
    await writeFile(path, `${JSON.stringify(data, null, 2)}\n`);
  }
  return added;
}

/** Adds the language to the copy: the changes the requirement names. */
async function addPseudoLocale(): Promise<string[]> {
  const transform = await readFile(new URL('./support/pseudo-locale.ts', import.meta.url), 'utf8');
  await writeFile(join(COPY, 'lib', 'messages', 'qps.ts'), messagesFile(transform));
  await writeFile(
    join(COPY, 'data', 'translations', 'qps.json'),
    `${JSON.stringify(TRANSLATIONS, null, 2)}\n`,
  );
  const configPath = join(COPY, 'lib', 'i18n', 'locales.ts');
  const before = await readFile(configPath, 'utf8');
  const after = before
    .replace(/^import \{ en \} from .*$/m, (line) => `${line}\n${CONFIG_LINES[0]}`)
    .replace(/^ {2}\{ key: 'en',.*$/m, (line) => `${line}\n${CONFIG_LINES[1]}`);
  await writeFile(configPath, after);
  return insertedLines(before, after);
}

/** `/outcomes?q=x` in a language: its prefix before the path; `/` is the prefix itself. */
function under(prefix: string, path: string): string {
  if (prefix === '') return path;
  return path === '/' ? prefix : `${prefix}${path}`;
}

interface PageKind {
  path: string;
  status: number;
  heading: string;
  /** Text the page repeats from its address, in no language: the search words. */
  echoed?: readonly string[];
  /** The items the page lists as result rows, each its pseudo title above its original. */
  rows?: 'any' | readonly string[];
}

const PAGES: PageKind[] = [
  { path: '/', status: 200, heading: qps.site.name },
  { path: '/outcomes', status: 200, heading: qps.outcomes.heading, rows: 'any' },
  {
    path: '/outcomes?q=forum',
    status: 200,
    heading: qps.outcomes.heading,
    echoed: ['forum'],
    rows: 'any',
  },
  {
    path: '/outcomes?place=shenyang',
    status: 200,
    heading: qps.outcomes.heading,
    rows: expectedKeys({ place: ['shenyang'] }),
  },
  {
    path: ITEM.path,
    status: 200,
    heading: `${pseudoTitle('documents-88')}${qps.translation.unofficial}`,
  },
  { path: '/places', status: 200, heading: qps.places.title },
  // Its name in the new language, and beside it the name as printed.
  { path: '/places/shanghai', status: 200, heading: `${pseudo('Shanghai')} 上海市` },
  { path: '/source', status: 200, heading: qps.source.title },
  {
    // A number within the list's numbering whose text this copy lacks: its own explanation.
    path: '/outcomes/documents/1',
    status: 404,
    heading: qps.outcome.missing.heading(qps.sections.documents, qps.numbering.item(1)),
  },
  { path: '/outcomes/documents/999', status: 404, heading: qps.notFound.heading },
];

/** The names of what numbers say (data/numbers.json): the commitment filter, units and kinds. */
const NUMBER_NAMES = JSON.parse(
  await readFile(new URL('../../data/numbers.json', import.meta.url), 'utf8'),
) as {
  filter: { en: string };
  units: { en: string; counted: { en: Record<string, string> } }[];
  kinds: { en: string }[];
};

const FACT_COUNT = (
  JSON.parse(await readFile(new URL('../../data/facts.json', import.meta.url), 'utf8')) as {
    facts: unknown[];
  }
).facts.length;

/** Names that are data: English ones found in the English messages are no interface text. */
const VOCABULARY = new Set([
  ...[...PLACES, ...TYPES, ...TOPICS].map((term) => term.en),
  NUMBER_NAMES.filter.en,
  ...NUMBER_NAMES.units.flatMap((unit) => [unit.en, ...Object.values(unit.counted.en)]),
  ...NUMBER_NAMES.kinds.map((kind) => kind.en),
]);

/** Text outside every ⟦…⟧: what did not come through the new language's messages. */
function outsideMessages(text: string): string {
  let rest = text;
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  return rest;
}

/**
 * Latin text a page in the new language may show that is not its messages' nor its names': the
 * names of file formats, and the time zone.
 */
const NOT_INTERFACE = new Set(['RIS', 'BibTeX', 'CSL-JSON', 'UTC']);

/**
 * Runs of Latin text outside the messages that are not names of data: hard-coded text. `echoed`
 * is what the page repeats from its own address (the search words).
 */
function unlocalised(shown: readonly string[], echoed: readonly string[] = []): string[] {
  return shown
    .flatMap((text) => withoutAddresses(outsideMessages(text)).split(/[,;:·×()“”\n]/))
    .map((run) => run.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''))
    .filter((run) => /[A-Za-z]/.test(run) && !NOT_INTERFACE.has(run) && !echoed.includes(run));
}

const commands = new OwnedCommands();
let server: RunningServer;
let added: string[];
let namesAdded: number;

beforeAll(async () => {
  await copyProject(PROJECT, COPY);
  added = await addPseudoLocale();
  namesAdded = await addPseudoNames();
  const databaseUrl = `file:${join(COPY, 'var', 'catalogue.db')}`;
  const { NEXT_DIST_DIR: _own, ...inherited } = process.env;
  const env = {
    ...inherited,
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    // Fixed, so absolute addresses are the same whatever port the server gets.
    SITE_URL: ORIGIN,
  };
  await commands.run(
    process.execPath,
    ['--import', 'tsx', join('scripts', 'db-setup.ts'), '--database', databaseUrl],
    { cwd: COPY, env },
  );
  await commands.run(join(NODE_BIN, 'next'), ['build'], {
    cwd: COPY,
    env: { ...env, NODE_ENV: 'production' },
  });
  server = await startServer({ ...env, NODE_ENV: 'production' }, COPY);
}, 600_000);

afterAll(async () => {
  await commands.stopAll();
  await server?.stop();
});

describe('a third language is data', () => {
  test('it is added by a messages file, a translations file, names in data and one line of configuration', async () => {
    expect(added).toEqual(CONFIG_LINES);
    // Every place (and its official full name, where it has one), type, topic, fact, unit,
    // kind, unit form and the commitment filter.
    expect(namesAdded).toBe(
      PLACES.length +
        PLACES.filter((place) => 'full' in place).length +
        TYPES.length +
        TOPICS.length +
        FACT_COUNT +
        2 * NUMBER_NAMES.units.length +
        NUMBER_NAMES.kinds.length +
        1,
    );
  });

  test('the copy type-checks: nothing else had to learn of the new language', async () => {
    await commands.run(process.execPath, [join(NODE_BIN, 'tsc'), '--noEmit', '-p', '.'], {
      cwd: COPY,
      env: process.env,
    });
  }, 300_000);

  test.for(PAGES)('$path is rendered in the new language', async (kind, { browser }) => {
    const path = under(PSEUDO.prefix, kind.path);
    await withContext(browser, { baseURL: server.baseURL }, async (page) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(kind.status);
      expect(await page.getAttribute('html', 'lang')).toBe(PSEUDO.lang);
      expect(await page.title()).toContain('⟦');
      expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe(
        kind.heading,
      );
      await page.getByRole('link', { name: qps.site.name, exact: true }).first().waitFor();
      const nav = page.getByRole('navigation', { name: qps.nav.label });
      expect(await nav.getByRole('link').allTextContents()).toEqual([
        qps.nav.overview,
        qps.nav.outcomes,
        qps.nav.places,
        qps.nav.commitments,
        qps.nav.source,
      ]);
      if (kind.path === ITEM.path) {
        const original = await page.getByRole('heading', { level: 1 }).evaluate((heading) => ({
          text: heading.nextElementSibling?.textContent,
          lang: heading.nextElementSibling?.getAttribute('lang'),
        }));
        expect(original).toEqual({ text: ITEM.title, lang: 'zh-Hans' });
      }
      if (kind.rows) await expectRows(page, kind.rows);
      if (kind.status === 200) await expectAlternates(page, kind.path);
      const { shown, meta } = await textIn(page, PSEUDO.lang);
      const all = withoutAddresses([...shown, ...meta].join('\n'));
      expect(all.split('⟦').length, 'pseudo-localised strings').toBeGreaterThan(10);
      const leaked = interfacePhrases(en, VOCABULARY).filter((phrase) => all.includes(phrase));
      expect(leaked, 'English interface text in the page').toEqual([]);
      expect(
        unlocalised(shown, kind.echoed),
        'Latin text that is neither messages nor data',
      ).toEqual([]);
      const chinese = shown.filter((text) => /\p{Script=Han}/u.test(outsideMessages(text)));
      expect(chinese, 'Chinese text not marked as Chinese').toEqual([]);
    });
  });

  test('the checks see English text: on the English page they find plenty', async ({ browser }) => {
    await withContext(browser, { baseURL: server.baseURL }, async (page) => {
      await page.goto('/en/outcomes?place=shenyang');
      const { shown, meta } = await textIn(page, 'en');
      const all = withoutAddresses([...shown, ...meta].join('\n'));
      const found = interfacePhrases(en, VOCABULARY).filter((phrase) => all.includes(phrase));
      expect(found.length).toBeGreaterThan(40);
      expect(unlocalised(shown).length).toBeGreaterThan(40);
    });
  });

  test.for([
    ['', zhCN],
    ['/en', en],
    ['/ru', ru],
  ] as const)(
    'the language switch at "%s" offers the new language, keeping the view',
    async ([prefix, messages], { browser }) => {
      const view = '/outcomes?place=shenyang&section=documents';
      await withContext(browser, { baseURL: server.baseURL }, async (page) => {
        await page.goto(under(prefix, view));
        const link = page
          .getByRole('navigation', { name: messages.locale.switchLabel })
          .getByRole('link', { name: PSEUDO.name, exact: true });
        expect(await link.getAttribute('href')).toBe(under(PSEUDO.prefix, view));
        expect(await link.getAttribute('hreflang')).toBe(PSEUDO.lang);
      });
    },
  );

  test('the new language offers the others, keeping the view', async ({ browser }) => {
    const view = '/places/shenyang';
    await withContext(browser, { baseURL: server.baseURL }, async (page) => {
      await page.goto(under(PSEUDO.prefix, view));
      const links = await page
        .getByRole('navigation', { name: qps.locale.switchLabel })
        .getByRole('link')
        .evaluateAll((all) => all.map((link) => [link.textContent, link.getAttribute('href')]));
      expect(links).toEqual([
        [zhCN.locale.name, view],
        [en.locale.name, `/en${view}`],
        [ru.locale.name, `/ru${view}`],
      ]);
    });
  });

  test('the downloads a page in the new language offers answer', async ({ browser }) => {
    const hrefs: string[] = [];
    await withContext(browser, { baseURL: server.baseURL }, async (page) => {
      await page.goto(under(PSEUDO.prefix, '/outcomes?place=shenyang'));
      const downloads = page.getByRole('region', { name: qps.outcomes.export.heading });
      hrefs.push(
        ...(await downloads
          .getByRole('link')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))),
      );
    });
    expect(hrefs.filter((href) => href.includes(`lang=${PSEUDO.key}`)).length).toBeGreaterThan(3);
    const answers: Array<[string, number]> = [];
    for (const href of hrefs) {
      const response = await fetch(new URL(href, server.baseURL));
      await response.arrayBuffer();
      answers.push([href, response.status]);
    }
    expect(answers).toEqual(hrefs.map((href) => [href, 200]));
  });

  test('its titles are a column of the list’s export, in every language', async () => {
    const keys = expectedKeys({ place: ['shenyang'] });
    for (const [lang, messages] of [
      [PSEUDO.key, qps],
      [null, zhCN],
    ] as const) {
      const query = lang === null ? '' : `&lang=${lang}`;
      const response = await fetch(
        new URL(`/api/outcomes.csv?place=shenyang${query}`, server.baseURL),
      );
      expect(response.status).toBe(200);
      const [header = [], ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
      // After the title as printed, a translation a column, each named in the reader's language.
      const named = new Intl.DisplayNames(messages.locale.lang, { type: 'language' });
      const columns = messages.outcomes.export.columns;
      // The new language's line follows English's in lib/i18n/locales.ts, so its column too.
      const heads = ['en', PSEUDO.key, 'ru'].map((key) =>
        columns.titleTranslated(named.of(key) ?? key),
      );
      expect(header.slice(4, 8)).toEqual([columns.title, ...heads]);
      expect(new Set(heads).size).toBe(3);
      expect(rows.map((row) => row.slice(0, 1).concat(row.slice(4, 8)))).toEqual(
        keys.map((key) => [
          key,
          itemOf(key).title,
          ENGLISH.titles[key],
          pseudoTitle(key),
          RUSSIAN.titles[key],
        ]),
      );
    }
  });

  test('the Data Package gains its titles and its names, as fields named by its key', async () => {
    const get = async (path: string) => {
      const response = await fetch(new URL(path, server.baseURL));
      expect(response.status, path).toBe(200);
      return response;
    };
    const descriptor = (await (await get('/datapackage.json')).json()) as {
      resources: Array<{ name: string; schema: { fields: Array<{ name: string }> } }>;
    };
    const fields = (name: string) =>
      descriptor.resources
        .find((resource) => resource.name === name)
        ?.schema.fields.map((field) => field.name) ?? [];
    // After the title as printed, a translation a field, in the order of the languages.
    const items = fields('items');
    const title = items.indexOf('title');
    expect(items.slice(title - 1, title + 3)).toEqual([
      'number',
      'title',
      'title_en',
      `title_${PSEUDO.key}`,
    ]);
    expect(fields('places').slice(0, 4)).toEqual(['slug', 'zh', 'en', PSEUDO.key]);

    const [header = [], ...itemRows] = parseCsv(await (await get('/data/items.csv')).text());
    const titleColumn = header.indexOf(`title_${PSEUDO.key}`);
    expect(itemRows.map((row) => [row[0], row[titleColumn]])).toEqual(
      itemRows.map((row) => [row[0], pseudoTitle(row[0] ?? '')]),
    );
    const [, ...placeRows] = parseCsv(await (await get('/data/places.csv')).text());
    expect(placeRows.map((row) => row.slice(0, 4))).toEqual(
      PLACES.map((place) => [place.slug, place.zh, place.en, pseudo(place.en)]),
    );

    // The API gives every place and type its name in the new language too.
    const outcome = (await (await get(`/api${ITEM.path}`)).json()) as {
      type: Record<string, string>;
      places: Array<Record<string, string>>;
    };
    expect(outcome.type[PSEUDO.key]).toBe(pseudo(outcome.type.en ?? ''));
    expect(outcome.places.map((place) => place[PSEUDO.key])).toEqual(
      outcome.places.map((place) =>
        pseudo(PLACES.find((each) => each.slug === place.slug)?.en ?? ''),
      ),
    );
  });

  test('the sitemap lists every page in the new language too', async () => {
    const xml = await (await fetch(new URL('/sitemap.xml', server.baseURL))).text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc ?? '');
    const pseudoLocs = locs.filter((loc) => loc.startsWith(`${ORIGIN}${PSEUDO.prefix}`));
    // The list's language, English, Russian and the new one: a quarter each.
    expect(pseudoLocs.length).toBe(locs.length / 4);
    for (const path of ['/', '/outcomes', '/places', '/source', ITEM.path]) {
      expect(locs).toContain(`${ORIGIN}${under(PSEUDO.prefix, path)}`);
    }
  });
});

/** Every result row: the pseudo title, marked unofficial, then the original in Chinese. */
async function expectRows(page: Page, expected: 'any' | readonly string[]): Promise<void> {
  const rows = await page
    .getByRole('region', { name: qps.outcomes.results.heading, exact: true })
    .getByRole('heading', { level: 3 })
    .filter({ has: page.getByRole('link') })
    .evaluateAll((headings) =>
      headings.map((heading) => ({
        href: heading.querySelector('a')?.getAttribute('href') ?? '',
        heading: heading.textContent ?? '',
        original: heading.nextElementSibling?.textContent ?? '',
        lang: heading.nextElementSibling?.getAttribute('lang') ?? '',
      })),
    );
  expect(rows.length).toBeGreaterThan(0);
  const keys = rows.map((row) => row.href.split('/').slice(-2).join('-'));
  if (expected !== 'any') expect(keys).toEqual(expected);
  for (const [index, row] of rows.entries()) {
    const key = keys[index] ?? '';
    expect(row.href, key).toMatch(/^\/qps\/outcomes\/[a-z]+\/\d+$/);
    expect(row.heading, key).toBe(`${pseudoTitle(key)}${qps.translation.unofficial}`);
    expect([row.original, row.lang], key).toEqual([itemOf(key).title, 'zh-Hans']);
  }
}

/** hreflang alternates: the page in every language, the new one included. */
async function expectAlternates(page: Page, path: string): Promise<void> {
  const links = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((all) =>
      all.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
    );
  const absolute = ([lang, href]: Array<string | null>) => [lang, new URL(href ?? '', ORIGIN).href];
  expect(Object.fromEntries(links.map(absolute))).toEqual({
    'zh-Hans': new URL(path, ORIGIN).href,
    en: new URL(under('/en', path), ORIGIN).href,
    ru: new URL(under('/ru', path), ORIGIN).href,
    [PSEUDO.lang]: new URL(under(PSEUDO.prefix, path), ORIGIN).href,
    'x-default': new URL(path, ORIGIN).href,
  });
}
