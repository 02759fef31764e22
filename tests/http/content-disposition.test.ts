import { describe, expect, it } from 'vitest';
import { attachment } from '@/lib/http/content-disposition';

describe('attachment', () => {
  it('sends a plain ASCII name as it is', () => {
    expect(attachment('sco-outcomes-documents-shenyang.csv')).toBe(
      'attachment; filename="sco-outcomes-documents-shenyang.csv"',
    );
  });

  it('spells a name in another script out in filename*, with an ASCII stand-in', () => {
    // итоги-ШОС (Russian): each run of Cyrillic becomes one '-' in the stand-in; in filename*
    // и = D0 B8, т = D1 82, о = D0 BE, г = D0 B3, Ш = D0 A8, О = D0 9E, С = D0 A1.
    expect(attachment('итоги-ШОС.ris')).toBe(
      `attachment; filename="---.ris"; filename*=UTF-8''%D0%B8%D1%82%D0%BE%D0%B3%D0%B8-%D0%A8%D0%9E%D0%A1.ris`,
    );
  });

  it('makes a header value Node.js accepts (Latin-1) for any name', () => {
    for (const name of ['上合成果.csv', '⟦Ŝćō⟧.bib', 'a"b\\c.csv', 'ok.csv']) {
      const value = attachment(name);
      expect(() => new Headers({ 'Content-Disposition': value })).not.toThrow();
      expect(value).not.toMatch(/[^\x20-\x7e]/);
    }
  });

  it('keeps quotes and backslashes out of the quoted name', () => {
    expect(attachment('a"b\\c.csv')).toBe(
      `attachment; filename="a-b-c.csv"; filename*=UTF-8''a%22b%5Cc.csv`,
    );
  });
});
