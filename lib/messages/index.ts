import { type Messages, zhCN } from './zh-CN';

export type { Messages };

/**
 * The site language's text, for answers made outside any page (plain-text refusals, server
 * errors). Pages take their locale's messages from lib/i18n/locale.ts.
 */
export const messages: Messages = zhCN;
