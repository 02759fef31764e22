import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyForDocument } from '@/lib/serve/document-policy';

/** The base64 SHA-256 of a script or style body, as a browser computes it for CSP. */
const hash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;

/** The sources one directive of a policy allows. */
function sources(policy: string, directive: string): string[] {
  const found = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive);
  return found?.slice(1) ?? [];
}

const BOOT = 'self.__next_f.push([1,"0:{}"])';
const STYLE = 'body{margin:0}';
const HTML = `<!DOCTYPE html><html><head>
<style>${STYLE}</style>
<script src="/_next/static/chunks/main.js" async=""></script>
</head><body><p>沈阳</p>
<script>${BOOT}</script>
<script type="application/ld+json">{"@type":"Dataset"}</script>
<script>${BOOT}</script>
</body></html>`;

describe('policyForDocument', () => {
  const policy = policyForDocument(HTML);

  it('allows each inline script by its hash, once, beside the site’s own files', () => {
    expect(sources(policy, 'script-src')).toEqual([
      "'self'",
      hash(BOOT),
      hash('{"@type":"Dataset"}'),
    ]);
  });

  it('allows each inline style by its hash', () => {
    expect(sources(policy, 'style-src')).toEqual(["'self'", hash(STYLE)]);
  });

  it('hashes no `<script src>`: its empty body would allow an empty inline script', () => {
    expect(policy).not.toContain(hash(''));
    const external = policyForDocument(
      '<script src="/a.js"></script><script defer src="/b.js"></script>',
    );
    expect(sources(external, 'script-src')).toEqual(["'self'"]);
  });

  it('hashes a script whose attributes merely end in src', () => {
    expect(
      sources(policyForDocument('<script data-src="x">go()</script>'), 'script-src'),
    ).toContain(hash('go()'));
  });

  it('never allows inline code wholesale, nor eval', () => {
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policyForDocument('<p>no code</p>')).not.toContain("'unsafe-inline'");
  });

  it('keeps the rest of the site’s policy', () => {
    expect(sources(policy, 'default-src')).toEqual(["'self'"]);
    expect(sources(policy, 'object-src')).toEqual(["'none'"]);
    expect(sources(policy, 'frame-ancestors')).toEqual(["'none'"]);
    expect(sources(policy, 'base-uri')).toEqual(["'self'"]);
    expect(sources(policyForDocument('<p>no code</p>'), 'script-src')).toEqual(["'self'"]);
  });
});
