import { describe, expect, it } from 'vitest';
import type { RawParams } from '@/lib/catalogue/filters';
import { listingMetadata } from '@/lib/outcomes/metadata';
import { readApiParams, readListingParams } from '@/lib/outcomes/params';

describe('readListingParams (pages)', () => {
  it('keeps valid values and reports invalid ones and unknown parameters', () => {
    const { filters, notices } = readListingParams({
      place: ['shenyang', 'atlantis'],
      palce: 'qingdao',
      page: '0',
    });
    expect(filters.place).toEqual(['shenyang']);
    expect(filters.page).toBe(1);
    expect(notices).toEqual([
      { param: 'place', value: 'atlantis', reason: 'invalid' },
      { param: 'page', value: '0', reason: 'invalid' },
      { param: 'palce', value: 'qingdao', reason: 'unknown' },
    ]);
  });

  it('reports a parameter named like an Object method, not the inherited method', () => {
    // Next.js builds searchParams on a plain object: ?toString=z arrives as [Function, 'z'].
    const raw = { toString: [Object.prototype.toString, 'z'] } as unknown as RawParams;
    expect(readListingParams(raw).notices).toEqual([
      { param: 'toString', value: 'z', reason: 'unknown' },
    ]);
  });

  it('reads URLSearchParams as well as Next.js searchParams', () => {
    const fromUrl = readListingParams(new URLSearchParams('section=documents&x=1'));
    const fromNext = readListingParams({ section: 'documents', x: '1' });
    expect(fromUrl).toEqual(fromNext);
  });
});

describe('readApiParams (API)', () => {
  it('accepts valid parameters', () => {
    const result = readApiParams(new URLSearchParams('section=documents&place=shenyang'));
    expect(result.ok && result.filters.place).toEqual(['shenyang']);
  });

  it('rejects with every offending parameter', () => {
    const result = readApiParams(new URLSearchParams('place=atlantis&pageSize=1000&foo=1'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.param, issue.reason])).toEqual([
      ['place', 'invalid'],
      ['pageSize', 'invalid'],
      ['foo', 'unknown'],
    ]);
  });

  it('rejects a repeated scalar and an over-long query', () => {
    expect(readApiParams(new URLSearchParams('q=a&q=b')).ok).toBe(false);
    expect(readApiParams(new URLSearchParams(`q=${'长'.repeat(65)}`)).ok).toBe(false);
  });
});

describe('listingMetadata', () => {
  it('names the filters in the title and points canonical at the normalised address', () => {
    const { filters } = readListingParams(
      new URLSearchParams('q=协议&place=shenyang&section=documents&page=2'),
    );
    const metadata = listingMetadata(filters);
    expect(metadata.title).toBe('成果列表：成果文件、沈阳市、“协议”（第 2 页）');
    expect(metadata.description).toContain('成果文件、沈阳市、“协议”');
    expect(metadata.alternates?.canonical).toBe(
      `/outcomes?section=documents&place=shenyang&q=${encodeURIComponent('协议')}&page=2`,
    );
  });

  it('is the plain list title without filters', () => {
    const metadata = listingMetadata(readListingParams({}).filters);
    expect(metadata.title).toBe('成果列表');
    expect(metadata.alternates?.canonical).toBe('/outcomes');
  });
});
