import { SourceError } from './errors';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Bytes → text, refusing what would otherwise parse into silent garbage: binary data, and text in
 * another encoding (a GB18030 copy decodes to mojibake, not to an error, unless decoding is fatal).
 */
export function decodeSource(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new SourceError('the source file is empty');
  if (bytes.includes(0)) throw new SourceError('the source file is binary (it contains NUL bytes)');
  const start = UTF8_BOM.every((b, i) => bytes[i] === b) ? UTF8_BOM.length : 0;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    throw new SourceError(
      'the source file is not valid UTF-8 (GB18030 or another encoding?); convert it to UTF-8',
    );
  }
  if (text.trim() === '') throw new SourceError('the source file has no text');
  return text;
}
