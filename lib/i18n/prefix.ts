/**
 * A path under one language prefix as the same path under another (`''` is the site's own
 * language): `/en/outcomes` → `/outcomes` → `/ru/outcomes`. The query is the caller's to keep.
 */
export function swapPrefix(pathname: string, from: string, to: string): string {
  const bare =
    from !== '' && (pathname === from || pathname.startsWith(`${from}/`))
      ? pathname.slice(from.length) || '/'
      : pathname;
  return to === '' ? bare : bare === '/' ? to : `${to}${bare}`;
}
