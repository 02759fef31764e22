import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarChart } from '@/components/charts/bar-chart';

const render = (bars: Array<{ count: number; total?: number }>) =>
  renderToStaticMarkup(
    createElement(BarChart, {
      zero: 'none',
      bars: bars.map((bar, index) => ({
        key: String(index),
        label: `c${index}`,
        href: null,
        ...bar,
      })),
    }),
  );

/** Each bar's drawn rectangles: [class, width]. */
function rects(html: string): Array<Array<[string, string]>> {
  return [...html.matchAll(/<svg[^>]*>(.*?)<\/svg>/g)].map((svg) =>
    [...(svg[1] ?? '').matchAll(/<rect[^>]*?width="([\d.]+)"[^>]*class="([\w-]+)"/g)].map(
      (rect): [string, string] => [rect[2] ?? '', rect[1] ?? ''],
    ),
  );
}

describe('BarChart against declared totals', () => {
  it('draws a complete category as a full bar, whatever the largest category', () => {
    // documents (2) holds 66 of its 66 numbers; meetings (1) 87 of 110.
    const [complete, partial] = rects(
      render([
        { count: 66, total: 66 },
        { count: 87, total: 110 },
      ]),
    );
    expect(complete).toEqual([['bar-found', '100']]);
    expect(partial).toEqual([
      ['bar-missing', '20.9'],
      ['bar-found', '79.1'],
    ]);
  });

  it('draws bars without totals against the largest count', () => {
    expect(rects(render([{ count: 10 }, { count: 5 }]))).toEqual([
      [['bar-found', '100']],
      [['bar-found', '50']],
    ]);
  });
});
