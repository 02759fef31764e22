import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { TranslationRecord } from '@/lib/db/load';

const TranslationFileSchema = z.object({
  locale: z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/),
  provenance: z.object({
    status: z.enum(['unofficial', 'official']),
    note: z.string().min(1),
    date: z.iso.date(),
  }),
  titles: z.record(z.string().regex(/^[a-z]+-[1-9]\d*$/), z.string().min(1)),
  /** Category headings, keyed by the heading as printed (another copy prints the same). */
  headings: z.record(z.string().min(1), z.string().min(1)).default({}),
});

/**
 * The titles' translations for each locale that has a file `data/translations/<locale>.json`,
 * read and checked for ingest. A locale without a file has no translations (its pages show the
 * originals); a file that is not a translation file stops the ingest with its name and reason.
 */
export async function readTranslations(
  locales: readonly string[],
  dir = join(process.cwd(), 'data', 'translations'),
): Promise<TranslationRecord[]> {
  const records: TranslationRecord[] = [];
  for (const locale of locales) {
    const path = join(dir, `${locale}.json`);
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (text === undefined) continue;
    const parsed = TranslationFileSchema.safeParse(JSON.parse(text));
    if (!parsed.success || parsed.data.locale !== locale) {
      const reason = parsed.success
        ? `locale is ${parsed.data.locale}`
        : parsed.error.issues[0]?.message;
      throw new Error(`${path}: not a translation file for ${locale} (${reason})`);
    }
    const { provenance, titles, headings } = parsed.data;
    records.push({ locale, ...provenance, titles, headings });
  }
  return records;
}
