import { zhCN } from './zh-CN';

/** The shape every locale file must have; string values are plain `string`, not literals. */
export type Messages = typeof zhCN;

/** The interface text in the site's one language today. */
export const messages: Messages = zhCN;
