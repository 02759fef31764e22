import { describe, expect, it } from 'vitest';
import { parseList, parseSource, SourceError } from '@/lib/parser';
import { SOURCE_BYTES } from '../support/source';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('unusable input is a SourceError with a one-line reason', () => {
  it.each([
    ['an empty file', new Uint8Array(), /empty/],
    ['only whitespace', utf8(' \n\r\n\t'), /no text/],
    ['a binary file', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a, 0x0a]), /binary/],
    // 二、成果文件 / 1.中方 encoded as GB18030 (bytes from Python's codec).
    [
      'a GB18030 file',
      Uint8Array.from(Buffer.from('b6fea1a2b3c9b9fbcec4bcfe0a312ed6d0b7bd', 'hex')),
      /UTF-8/,
    ],
    ['text with no list in it', utf8('美好的未来,总在实干中成就。\n要 闻\n'), /no numbered items/],
    ['numbers but no headings', utf8('1.甲\n2.乙\n'), /no section or category headings/],
  ])('%s', (_name, bytes, reason) => {
    let caught: unknown;
    try {
      parseSource(bytes);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SourceError);
    expect((caught as Error).message).toMatch(reason);
    expect((caught as Error).message).not.toContain('\n');
  });

  it('accepts the real file with a BOM, and CRLF text', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), SOURCE_BYTES]);
    expect(parseSource(withBom).items).toHaveLength(223);
    expect(parseList(SOURCE_BYTES.toString('utf8').replace(/\n/g, '\r\n')).items).toHaveLength(223);
  });
});

describe('copies whose pages disagree', () => {
  it('reads two pages that end a section at different numbers without running away', () => {
    // The first page ends 会议和活动 at 5 (4. 5. then 二、), the reprinted page at 3. Items 4
    // and 5 come before a section heading, so they belong to 会议和活动, past the end the
    // last page gives it: they stay in its one category rather than opening new ones.
    const list = parseList(
      [
        '4.甲四',
        '5.甲五',
        '二、成果文件',
        '1.乙一',
        '（下接第四版）',
        '一、会议和活动',
        '（一）甲类',
        '1.甲一',
        '2.甲二',
        '3.甲三',
        '二、成果文件',
        '1.乙一',
      ].join('\n'),
    );
    const meetings = list.items.filter((item) => item.section === 'meetings');
    expect(meetings.map((item) => item.number).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(meetings.map((item) => item.category))).toEqual(new Set([1]));
  });
});
