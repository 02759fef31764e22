/**
 * Structured data for the page, as the Next.js guide writes it: JSON in a script block whose
 * `<` are escaped, so no title can close the block early (`</script>`).
 */
export function JsonLd({ data }: { data: unknown }) {
  return (
    <script
      type="application/ld+json"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON with every `<` escaped, as above.
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  );
}
