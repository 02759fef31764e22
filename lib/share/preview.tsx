import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImageResponse } from 'next/og';

/**
 * Link previews (Open Graph images, 1200×630 PNG) drawn with Next.js's ImageResponse. Chinese
 * needs a CJK font, which comes from the npm package @fontsource/noto-sans-sc, never from the
 * network: that package splits the font by Unicode ranges, and only the pieces holding the
 * characters drawn are read (ImageResponse takes woff, not woff2).
 */

interface Preview {
  /** Small line at the top: the site's name. */
  site: string;
  /** What the page is: 成果文件 · 第68项 · 倡议. */
  kicker: string;
  title: string;
  /** A second title under the first: the original under a translation. */
  subtitle?: string;
  /** The bottom line: places, a count. */
  footer: string;
  lang: string;
}

const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

type Weight = 400 | 700;

interface FontPiece {
  file: string;
  ranges: Array<[number, number]>;
}

// Read from the installed package: the server runs in the project's root (see scripts/serve.ts).
const FONT_DIR = join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans-sc');
const pieces = new Map<Weight, Promise<FontPiece[]>>();
const files = new Map<string, Promise<Buffer>>();

/** The font's pieces of one weight, with the Unicode ranges each covers (from its CSS). */
function piecesOf(weight: Weight): Promise<FontPiece[]> {
  let found = pieces.get(weight);
  if (!found) {
    found = readFile(join(FONT_DIR, `${weight}.css`), 'utf8').then((css) =>
      [
        ...css.matchAll(
          /url\(\.\/files\/([^)]+\.woff)\) format\('woff'\);\s*unicode-range: ([^;]+);/g,
        ),
      ].map(([, file = '', ranges = '']) => ({
        file,
        ranges: ranges.split(',').map((range) => {
          const [first = '0', last = first] = range.trim().replace('U+', '').split('-');
          return [Number.parseInt(first, 16), Number.parseInt(last, 16)] as [number, number];
        }),
      })),
    );
    pieces.set(weight, found);
  }
  return found;
}

/** Drawn in place of a character no piece of the font holds. */
const MISSING = '?';
const LINE_BREAK = /[\p{Zl}\p{Zp}]/u;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/u;
/** In a piece's declared ranges, yet without a glyph in it. */
const GLYPHLESS = new Set(['\uFFFD']);

/**
 * The text with every character the bundled font lacks (an emoji, a rare script in a query)
 * replaced by MISSING. Left in, the renderer would fetch a font for it from fonts.googleapis.com
 * (or an emoji from a CDN) on every request, and keep each distinct text in a cache of its own
 * that nothing bounds.
 */
async function drawable(text: string, weight: Weight): Promise<string> {
  const ranges = (await piecesOf(weight)).flatMap((piece) => piece.ranges);
  return [...text]
    .map((character) => {
      if (character === ' ') return character;
      if (LINE_BREAK.test(character)) return ' ';
      // Controls and format characters (bidi marks, a BOM) draw nothing, but the renderer
      // still looks for a font that has them.
      if (INVISIBLE.test(character)) return '';
      if (GLYPHLESS.has(character)) return MISSING;
      const point = character.codePointAt(0) ?? 0;
      return ranges.some(([first, last]) => point >= first && point <= last) ? character : MISSING;
    })
    .join('');
}

/** The pieces of the font that hold the text's characters, read once each. */
async function fontsFor(text: string, weight: Weight) {
  const points = new Set([...text].map((character) => character.codePointAt(0) ?? 0));
  const needed = (await piecesOf(weight)).filter((piece) =>
    [...points].some((point) =>
      piece.ranges.some(([first, last]) => point >= first && point <= last),
    ),
  );
  return Promise.all(
    needed.map(async (piece) => {
      let data = files.get(piece.file);
      if (!data) {
        data = readFile(join(FONT_DIR, 'files', piece.file));
        files.set(piece.file, data);
      }
      // One family per piece (its range's id, the same in both weights), all of them named in
      // fontFamily: the renderer then looks for each character in the pieces in turn.
      const range = /^noto-sans-sc-(.+)-\d+-normal\.woff$/.exec(piece.file)?.[1] ?? piece.file;
      return { name: `noto-${range}`, data: await data, weight, style: 'normal' as const };
    }),
  );
}

/** Longer titles get smaller type, so any title fits in four lines. */
function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 18) return 64;
  if (length <= 36) return 54;
  if (length <= 60) return 44;
  return 36;
}

const INK = '#1b1f24';
const MUTED = '#4a5361';
const ACCENT = '#0b57a4';

export async function previewImage(shown: Preview): Promise<ImageResponse> {
  const preview: Preview = {
    ...shown,
    site: await drawable(shown.site, 700),
    title: await drawable(shown.title, 700),
    kicker: await drawable(shown.kicker, 400),
    footer: await drawable(shown.footer, 400),
    ...(shown.subtitle === undefined ? {} : { subtitle: await drawable(shown.subtitle, 400) }),
  };
  const bold = `${preview.site}${preview.title}`;
  const regular = `${preview.kicker}${preview.subtitle ?? ''}${preview.footer}`;
  const fonts = [...(await fontsFor(bold, 700)), ...(await fontsFor(regular, 400))];
  const fontFamily = [...new Set(fonts.map((font) => font.name))].join(', ');
  return new ImageResponse(
    <div
      lang={preview.lang}
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: '#ffffff',
        padding: '52px 64px',
        fontFamily,
        borderTop: `14px solid ${ACCENT}`,
      }}
    >
      <div style={{ fontSize: 28, fontWeight: 700, color: ACCENT }}>{preview.site}</div>
      <div style={{ fontSize: 30, color: MUTED, marginTop: 30 }}>{preview.kicker}</div>
      <div
        style={{
          fontSize: titleSize(preview.title),
          fontWeight: 700,
          color: INK,
          marginTop: 14,
          lineHeight: 1.3,
          lineClamp: 4,
          display: 'block',
        }}
      >
        {preview.title}
      </div>
      {preview.subtitle && (
        <div
          style={{
            fontSize: 30,
            color: MUTED,
            marginTop: 16,
            lineHeight: 1.35,
            lineClamp: 2,
            display: 'block',
          }}
        >
          {preview.subtitle}
        </div>
      )}
      <div style={{ marginTop: 'auto', fontSize: 28, color: MUTED, display: 'flex' }}>
        {preview.footer}
      </div>
    </div>,
    { ...PREVIEW_SIZE, fonts },
  );
}
