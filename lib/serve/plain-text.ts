import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Refusal, refusalHeaders } from '@/lib/http/refusal';
import { localeOfPath } from '@/lib/i18n/locale';
import type { Messages } from '@/lib/messages/zh-CN';

/** A plain-text answer made here, never kept: a refusal, or the server unable to answer. */
export function plainText(response: ServerResponse, { status, text, headers }: Refusal): void {
  response.writeHead(status, headers);
  response.end(`${text}\n`);
}

/** The server's own plain-text answer (503, 500), in the language the address asks for. */
export function unable(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  reason: keyof Messages['http'],
  headers: Record<string, string> = {},
): void {
  const text = localeOfPath(request.url ?? '/').messages.http[reason];
  plainText(response, { status, text, headers: refusalHeaders(headers) });
}

export function overloaded(request: IncomingMessage, response: ServerResponse): void {
  unable(request, response, 503, 'overloaded', { 'Retry-After': '1' });
}

/** Next.js answers its own errors; this is for a failure outside it, never shown in detail. */
export function failed(request: IncomingMessage, response: ServerResponse, error: Error): void {
  console.error(`error: ${error.message}`);
  if (response.headersSent) response.destroy();
  else unable(request, response, 500, 'failed');
}
