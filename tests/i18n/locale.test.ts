import { describe, expect, it } from 'vitest';
import { localeOfPath } from '@/lib/i18n/locale';

describe('localeOfPath', () => {
  it.each([
    ['/', 'zh'],
    ['/outcomes?q=en', 'zh'],
    ['/english', 'zh'],
    ['/enx/outcomes', 'zh'],
    ['/outcomes/en', 'zh'],
    ['/en', 'en'],
    ['/en?q=x', 'en'],
    ['/en/', 'en'],
    ['/en/outcomes/documents/88', 'en'],
    ['', 'zh'],
  ])('%j is in %s', (path, key) => {
    expect(localeOfPath(path).key).toBe(key);
  });
});
