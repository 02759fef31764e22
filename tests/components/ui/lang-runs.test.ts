import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LangRuns } from '@/components/ui/lang-runs';

const render = (lang: string, text: string) =>
  renderToStaticMarkup(createElement(LangRuns, { lang, text }));

describe('LangRuns', () => {
  it('marks each run of Chinese on an English page, title punctuation and years included', () => {
    expect(
      render('en', 'Source: 《中国担任上海合作组织2024—2025年轮值主席国工作成果清单》 (Xinhua).'),
    ).toBe(
      'Source: <span lang="zh-Hans">《中国担任上海合作组织2024—2025年轮值主席国工作成果清单》</span> (Xinhua).',
    );
    expect(render('en', 'e.g. 沈阳论坛, training OR 研修班')).toBe(
      'e.g. <span lang="zh-Hans">沈阳论坛</span>, training OR <span lang="zh-Hans">研修班</span>',
    );
  });

  it('leaves English alone, and Chinese pages as they are', () => {
    expect(render('en', 'No Chinese here, 2024—2025.')).toBe('No Chinese here, 2024—2025.');
    expect(render('zh-Hans', '沈阳论坛 and forum')).toBe('沈阳论坛 and forum');
  });
});
