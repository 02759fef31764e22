import { type Messages, zhCN } from './zh-CN';

export type { Messages };

/**
 * The site language's text, for answers made outside any page (plain-text refusals, server
 * errors). Pages take their locale's messages from lib/i18n/locale.ts.
 */
export const messages: Messages = zhCN;

/**
 * The site language's names and error text alone, for the boundary that replaces the whole
 * layout (and so knows no locale): importing `messages` there would put every message in its
 * client bundle.
 */
export { zhCNError as siteErrorText, zhCNLocale as siteLocale } from './zh-CN';
