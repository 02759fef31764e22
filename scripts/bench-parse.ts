import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseList } from '@/lib/parser';

/**
 * Times the parse of the real file and of a synthetic copy 100× larger: the same three sections,
 * every category's declared count and items multiplied by 100, with a commentary paragraph and a
 * page header after every 50th item, so the copy is cut into 626 fragments. Prints a table.
 */
const SCALE = 100;
const RUNS = 20;

function synthetic(): string {
  const sections = [
    [
      '一、会议和活动',
      '次会议',
      [
        ['中方举办的机制内会议', 110],
        ['中方举办的其他活动', 77],
      ],
    ],
    [
      '二、成果文件',
      '号文件',
      [
        ['峰会成果文件', 24],
        ['其他成果文件', 66],
      ],
    ],
    [
      '三、合作倡议',
      '项倡议',
      [
        ['中方在天津峰会上提出的倡议', 23],
        ['中方其他倡议', 13],
      ],
    ],
  ] as const;
  const ordinals = ['一', '二'];
  const pages: string[][] = [[]];
  for (const [heading, noun, categories] of sections) {
    pages.at(-1)?.push(heading);
    let n = 0;
    categories.forEach(([name, count], c) => {
      pages.at(-1)?.push(`（${ordinals[c]}）${name}（共${count * SCALE}项）`);
      for (let i = 0; i < count * SCALE; i += 1) {
        n += 1;
        pages.at(-1)?.push(`${n}.上海合作组织第${n}${noun}`, '');
        if (n % 50 === 0)
          pages.push(['（上接第二版）', '专家说,这一倡议倡导平等、公正和互利合作。', '要 闻']);
      }
    });
  }
  return pages.flat().join('\n');
}

function time(text: string): { median: number; p95: number; items: number } {
  const samples: number[] = [];
  let items = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    items = parseList(text).items.length;
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), items };
}

const real = readFileSync(
  new URL('../data/xinhua-sco-outcomes-2025-09-02.txt', import.meta.url),
  'utf8',
);
const big = synthetic();
console.log(`parse timing, ${RUNS} runs each (ms)`);
console.log('input                         bytes      lines   items  median     p95');
for (const [name, text] of [
  ['real file', real],
  [`synthetic ×${SCALE}`, big],
] as const) {
  const { median, p95, items } = time(text);
  const lines = text.split('\n').length;
  console.log(
    `${name.padEnd(28)} ${String(Buffer.byteLength(text)).padStart(8)} ${String(lines).padStart(8)} ${String(items).padStart(7)} ${median.toFixed(1).padStart(7)} ${p95.toFixed(1).padStart(7)}`,
  );
}
