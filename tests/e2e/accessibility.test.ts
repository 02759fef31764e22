import { describe } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { expect, test } from './support/fixtures';

describe.each(['light', 'dark'] as const)('WCAG 2.2 AA in the %s colour scheme', (scheme) => {
  test.for(['/', '/no-such-page', '/en', '/en/no-such-page'])(
    '%s has no axe violations',
    async (path, { page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      expect(await accessibilityViolations(page)).toEqual([]);
    },
  );
});
