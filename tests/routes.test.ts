import { describe, expect, it } from 'vitest';
import {
  citationPath,
  outcomePath,
  placePath,
  previewPath,
  sourceLineAnchor,
  sourceLinePath,
} from '@/lib/routes';

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
