import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  citationPath,
  outcomePath,
  placePath,
  previewPath,
  sourceLineAnchor,
  sourceLinePath,
} from '@/lib/paths';

/** The addresses of the pages that are not listings (listings: tests/catalogue/address.test.ts). */
describe('internal addresses', () => {
  it('builds item, place and source-line paths', () => {
    expect(outcomePath('documents', 88)).toBe('/outcomes/documents/88');
    expect(placePath('shenyang')).toBe('/places/shenyang');
    expect(sourceLineAnchor(46)).toBe('#L46');
    expect(sourceLinePath(46)).toBe('/source#L46');
  });

  it('gives each citation format its own file under the item', () => {
    expect(citationPath('documents', 68, 'ris')).toBe('/api/outcomes/documents/68/citation.ris');
    expect(citationPath('meetings', 70, 'bib')).toBe('/api/outcomes/meetings/70/citation.bib');
    expect(citationPath('initiatives', 1, 'csl')).toBe(
      '/api/outcomes/initiatives/1/citation.csl.json',
    );
  });

  it('puts a page’s preview under /api/preview, keeping its query and adding the language', () => {
    expect(previewPath('/outcomes/documents/68', null)).toBe('/api/preview/outcomes/documents/68');
    expect(previewPath('/places/shenyang', 'en')).toBe('/api/preview/places/shenyang?lang=en');
    expect(previewPath('/outcomes?place=shenyang&q=a%3Fb', 'en')).toBe(
      '/api/preview/outcomes?place=shenyang&q=a%3Fb&lang=en',
    );
    // Only the first `?` starts the query.
    expect(previewPath('/outcomes?q=a?b', null)).toBe('/api/preview/outcomes?q=a%3Fb');
  });
});

/**
 * Issue 19: a path written out in two places drifts. Every string and template part of app/,
 * components/, lib/ and proxy.ts is read (by the TypeScript parser, so comments and examples
 * in them do not count), and none but lib/paths.ts may start with a site path or anchor.
 */
describe('site paths written out', () => {
  const SITE_PATH =
    /^(\/(outcomes|places|source|api|data|datapackage\.json|sitemap\.xml)\b|#(results|main|copy)\b)/;
  const ROOTS = ['app', 'components', 'lib', 'proxy.ts'];

  function sourceFiles(path: string): string[] {
    if (statSync(path).isFile()) return /\.tsx?$/.test(path) ? [path] : [];
    if (path === join('lib', 'db', 'generated')) return [];
    return readdirSync(path).flatMap((name) => sourceFiles(join(path, name)));
  }

  function literals(file: string): Array<{ line: number; text: string }> {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    const found: Array<{ line: number; text: string }> = [];
    const visit = (node: ts.Node) => {
      if (
        ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node) ||
        ts.isJsxText(node)
      ) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push({ line: line + 1, text: node.text.trim() });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  }

  const files = ROOTS.flatMap(sourceFiles).filter((file) => file !== join('lib', 'paths.ts'));

  it('reads the whole tree', () => {
    expect(files.length).toBeGreaterThan(100);
    // The check can fail: a file with a path in it is found.
    expect(literals(join('lib', 'paths.ts')).some(({ text }) => SITE_PATH.test(text))).toBe(true);
  });

  it('finds no site path, anchor or export path outside lib/paths.ts', () => {
    const written = files.flatMap((file) =>
      literals(file)
        .filter(({ text }) => SITE_PATH.test(text))
        .map(({ line, text }) => `${file}:${line} ${text}`),
    );
    expect(written).toEqual([]);
  });
});
