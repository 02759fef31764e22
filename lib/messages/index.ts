import type { Messages } from './zh-CN';

/**
 * The site language's names and error text alone, for the boundary that replaces the whole
 * layout (and so knows no locale): importing every message there would put them all in its
 * client bundle. Pages and refusals take their locale's messages from lib/i18n/locale.ts.
 */
export { zhCNError as siteErrorText, zhCNLocale as siteLocale } from './zh-CN';
export type { Messages };
