/**
 * How a page says it is a 404. A page cannot set its status in the App Router except by
 * notFound(), whose answer Next.js 16 leaves empty on the server (vercel/next.js#62228); so a
 * page that shows a not-found notice carries this attribute, and the production server, which
 * sees every finished answer, sends it with status 404 (lib/serve/finish.ts).
 */
export const NOT_FOUND_MARK = { 'data-catalogue-status': '404' } as const;

/**
 * The mark as it appears in a finished answer: an HTML attribute (`data-catalogue-status="404"`)
 * or a React payload's prop (`"data-catalogue-status":"404"`). Text a visitor typed can produce
 * neither: React escapes its quotes in both.
 */
export const NOT_FOUND_PATTERN = /data-catalogue-status="404"|(?<!\\)"data-catalogue-status":"404"/;
