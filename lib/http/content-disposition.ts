/**
 * A download's Content-Disposition. A header value is Latin-1, so a name in another script
 * (a Russian or Chinese export name) cannot be sent in `filename` as it is: it goes, percent-
 * encoded UTF-8, in `filename*` (RFC 6266), which browsers prefer, with an ASCII stand-in in
 * `filename` for the clients that read only that. Ours rather than the content-disposition
 * package, which is slower at this (docs/PERFORMANCE.md, "Measured for a decision").
 */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]+/g, '-').replace(/["\\]/g, '-');
  if (ascii === fileName) return `attachment; filename="${fileName}"`;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
