import { describe, expect, it } from 'vitest';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { ORIGIN } from '../pages/support';
import { request } from '../support/http';
import { expectSecurityHeaders } from '../support/security-headers';
import { expectedKeys, itemOf, parseCsv } from './support';

const columns = messages.outcomes.export.columns;

async function download(search: string) {
  const response = await request(`/api/outcomes.csv${search}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

describe('GET /api/outcomes.csv', () => {
  it('holds every match, not one page, as UTF-8 with a byte-order mark', async () => {
    const { response, bytes, text } = await download('');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe(
      'attachment; filename="sco-outcomes.csv"',
    );
    expect(response.headers.get('X-Total-Count')).toBe('223');
    expect(response.headers.get('X-Export-Truncated')).toBe('false');
    expectSecurityHeaders(response);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([
      columns.key,
      columns.section,
      columns.category,
      columns.number,
      columns.title,
      columns.titleTranslated('英语'),
      columns.titleTranslated('俄语'),
      columns.type,
      columns.topics,
      columns.places,
      columns.roles,
      columns.years,
      columns.commitments,
      columns.ordinals,
      columns.url,
    ]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(expectedKeys({}));
    // Every title as printed, in the hand-made table.
    for (const row of rows.slice(1)) expect(row[4], row[0]).toBe(itemOf(row[0] ?? '').title);
  });

  it('exports a filtered view, named after it, ignoring the page', async () => {
    const { response, text } = await download('?section=documents&place=shenyang&page=7');
    expect(response.headers.get('Content-Disposition')).toBe(
      'attachment; filename="sco-outcomes-documents-shenyang.csv"',
    );
    const rows = parseCsv(text.slice(1)).slice(1);
    expect(rows).toHaveLength(Number(response.headers.get('X-Total-Count')));
    expect(rows.map((row) => row[0])).toEqual(
      expectedKeys({ section: ['documents'], place: ['shenyang'] }),
    );
    const row = rows.find((one) => one[0] === 'documents-83');
    expect(row).toEqual([
      'documents-83',
      '成果文件',
      '成果文件（二）第25—90项',
      '83',
      '沈阳市人民对外友好协会与埃及—中国友好协会建立友好合作关系协议',
      expect.any(String),
      expect.any(String),
      '协议',
      '友好交往',
      '沈阳市、埃及、中国',
      '参与方：沈阳市、埃及、中国',
      '',
      '',
      '',
      `${ORIGIN}/outcomes/documents/83`,
    ]);
  });

  it('starts no cell with a formula sign', async () => {
    const { text } = await download('');
    for (const row of parseCsv(text.slice(1))) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r＝＋－＠]/u);
    }
  });

  it('answers bad parameters with 400 JSON', async () => {
    const response = await request('/api/outcomes.csv?section=minutes');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { issues: Array<{ param: string }> }).issues[0]?.param).toBe(
      'section',
    );
  });
});
