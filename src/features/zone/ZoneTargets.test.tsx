import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildTarget } from '../../scoring/testFixtures';
import { targetProgressList } from './targetProgress';
import { PERIOD_Q1, PERIOD_YEAR, tEn, tZh, zoneBoardData } from './testFixtures';
import { ZoneTargets } from './ZoneTargets';

function renderTargets(language: 'zh-CN' | 'en' = 'zh-CN') {
  const data = zoneBoardData();
  const targets = [
    ...(data.targets ?? []),
    buildTarget('b', 'energy-traders', 100, {
      id: 't-b-energy',
      periodId: '2023',
      comparator: 'exactly',
      source: { sourceId: 'daily', text: '交易商达到100家' },
    }),
  ];
  const progress = targetProgressList(targets, data.facts, [PERIOD_Q1, PERIOD_YEAR], data.asOf);
  render(
    <ZoneTargets
      progress={progress}
      indicators={data.indicators}
      periods={[PERIOD_Q1, PERIOD_YEAR]}
      sources={[]}
      asOf={data.asOf}
      language={language}
      t={language === 'en' ? tEn : tZh}
    />,
  );
}

describe('ZoneTargets', () => {
  it('shows completion 4000 / 5000 = 80% and the time-pace 281% as labelled progress bars', () => {
    renderTargets();
    const completion = screen.getByRole('progressbar', { name: '“平台上线企业”完成率' });
    expect(completion).toHaveAttribute('aria-valuenow', '80');
    expect(completion.getAttribute('aria-valuetext')).toBe('4,000 / 5,000 家 = 80%（2023Q1实绩）');
    const pace = screen.getByRole('progressbar', { name: '“平台上线企业”序时进度' });
    expect(pace.getAttribute('aria-valuetext')).toBe('281%，快于序时进度（目标期已过 28%）');
    // The bar is clipped at twice the pace; the text keeps the real figure.
    expect(pace).toHaveAttribute('aria-valuenow', '200');
    expect(screen.getByText('年内上线企业突破5000家', { exact: false })).toBeInTheDocument();
  });

  it('says plainly when no figure has been reported yet', () => {
    renderTargets();
    expect(screen.getByText('尚未报告实际数据。')).toBeInTheDocument();
    expect(screen.getAllByRole('progressbar')).toHaveLength(2);
  });

  it('reads in English', () => {
    renderTargets('en');
    expect(
      screen
        .getByRole('progressbar', { name: 'Time-pace of “Platform enterprises”' })
        .getAttribute('aria-valuetext'),
    ).toBe('281%, ahead of pace (28% of the target period elapsed)');
    expect(screen.getByText('No figure reported yet.')).toBeInTheDocument();
  });
});
