import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { serialiseScorecardFile } from '../../formats/scorecardFile';
import { translate } from '../../i18n/messages';
import type { Scorecard } from '../../scoring/model';
import {
  buildFact,
  buildGroup,
  buildIndicator,
  buildJuryIndicator,
  buildLeaf,
  buildScorecard,
  buildZone,
} from '../../scoring/testFixtures';
import { ScorecardEditor } from './ScorecardEditor';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('zh-CN', key, params);

const catalogue = {
  indicators: [
    buildIndicator('output', { name: { zh: '产值', en: 'Output' }, unit: '亿元' }),
    buildJuryIndicator('jury', { name: { zh: '评委', en: 'Jury' } }),
  ],
  periods: [{ id: '2023', label: { zh: '2023年', en: '2023' }, start: '2023-01-01', end: '2023-12-31' }],
  zones: [buildZone('west', { name: { zh: '西区', en: 'West' } })],
  categories: [{ id: 'hi-tech', name: { zh: '高新区', en: 'High-tech zone' } }],
};

function savedCard(): Scorecard {
  return buildScorecard(
    [
      buildGroup('economy', [buildLeaf('output', { name: { zh: '产值', en: 'Output' } })], {
        name: { zh: '经济', en: 'Economy' },
        weight: 60,
      }),
      buildGroup(
        'meeting',
        [buildLeaf('jury', { name: { zh: '评委打分', en: 'Jury' }, normalisation: { method: 'none' } })],
        { name: { zh: '现场', en: 'Meeting' }, weight: 40 },
      ),
    ],
    { name: { zh: '测试方案', en: 'Test card' } },
  );
}

function renderEditor(saved = savedCard()) {
  const onSave = vi.fn();
  const onSaveAs = vi.fn();
  const drafts: Scorecard[] = [];
  function Harness() {
    const [draft, setDraft] = useState(saved);
    return (
      <ScorecardEditor
        saved={saved}
        draft={draft}
        onDraftChange={(next) => {
          drafts.push(next);
          setDraft(next);
        }}
        catalogue={catalogue}
        facts={[buildFact('west', 'output', 5)]}
        juryScores={[]}
        language="zh-CN"
        t={t}
        onSave={onSave}
        onSaveAs={onSaveAs}
        onDiscard={() => setDraft(saved)}
      />
    );
  }
  render(<Harness />);
  const latest = () => drafts[drafts.length - 1] as Scorecard;
  return { onSave, onSaveAs, latest };
}

const economy = () => screen.getByRole('group', { name: /分组 · 经济/ });
const outputLeaf = () => screen.getByRole('group', { name: /指标 · 产值/ });

describe('ScorecardEditor', () => {
  it('edits a dimension weight in the draft and saves it', async () => {
    const { onSave, latest } = renderEditor();
    expect(await screen.findByText('方案有效。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '保存' })).toBeDisabled();
    const weight = within(economy()).getByLabelText('权重');
    await userEvent.clear(weight);
    await userEvent.type(weight, '80');
    expect(latest().root.children[0]?.weight).toBe(80);
    expect(within(economy()).getByText('占上级 66.7%')).toBeInTheDocument();
    expect(screen.getByText('有未保存的修改')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: '保存' })).toBeEnabled());
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(onSave).toHaveBeenCalledWith(latest());
  });

  it('shows goalposts out of order next to the field and in the summary with the JSON path, then clears it', async () => {
    const { latest } = renderEditor();
    await userEvent.selectOptions(within(outputLeaf()).getByLabelText('标准化'), 'goalposts');
    expect(within(outputLeaf()).getByText(/按固定的下限和上限换算/)).toBeInTheDocument();
    const lo = within(outputLeaf()).getByLabelText('下限（得 0 分）');
    await userEvent.clear(lo);
    await userEvent.type(lo, '200');
    const hi = within(outputLeaf()).getByLabelText('上限（得 100 分）');
    await waitFor(() => expect(hi).toHaveAttribute('aria-invalid', 'true'));
    expect(hi).toHaveAccessibleDescription(/200/);
    expect(screen.getByText('$.root.children[0].children[0].normalisation.hi')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '保存' })).toBeDisabled();
    await userEvent.clear(hi);
    await userEvent.type(hi, '900');
    expect(await screen.findByText('方案有效。')).toBeInTheDocument();
    expect(latest().root.children[0]).toMatchObject({
      children: [{ normalisation: { method: 'goalposts', lo: 200, hi: 900 } }],
    });
  });

  it('adds, moves, indents, outdents and removes nodes with buttons, and undoes a removal', async () => {
    const { latest } = renderEditor();
    await userEvent.click(screen.getByRole('button', { name: '在“经济”下添加指标' }));
    expect(latest().root.children[0]).toMatchObject({ children: [{ id: 'output' }, { id: 'leaf-output' }] });
    await userEvent.click(screen.getByRole('button', { name: '下移“经济”' }));
    expect(latest().root.children.map((node) => node.id)).toEqual(['meeting', 'economy']);
    await userEvent.click(screen.getByRole('button', { name: '降级“经济”（并入上一分组）' }));
    expect(latest().root.children.map((node) => node.id)).toEqual(['meeting']);
    const outdent = screen.getByRole('button', { name: '升级“经济”（移出所在分组）' });
    outdent.focus();
    await userEvent.keyboard('{Enter}');
    expect(latest().root.children.map((node) => node.id)).toEqual(['meeting', 'economy']);
    await userEvent.click(screen.getByRole('button', { name: '删除“经济”' }));
    expect(latest().root.children.map((node) => node.id)).toEqual(['meeting']);
    expect(screen.getByText('已删除“经济”。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '撤销删除' }));
    expect(latest().root.children.map((node) => node.id)).toEqual(['meeting', 'economy']);
    await userEvent.click(screen.getByRole('button', { name: '在“root”下添加分组' }));
    expect(latest().root.children.at(-1)).toMatchObject({
      id: 'group',
      name: { zh: '新分组', en: 'New group' },
    });
  });

  it('offers aggregation, value, treatment and jury choices, each with help', async () => {
    const { latest } = renderEditor();
    await userEvent.selectOptions(
      within(economy()).getAllByLabelText('汇总方式')[0] as HTMLElement,
      'geometric',
    );
    expect(within(economy()).getByText(/不可补偿/)).toBeInTheDocument();
    expect(latest().root.children[0]).toMatchObject({ aggregation: 'geometric', geometricFloor: 1 });
    await userEvent.selectOptions(within(outputLeaf()).getByLabelText('取值'), 'time-pace');
    await userEvent.selectOptions(within(outputLeaf()).getByLabelText('目标所属期'), '2023');
    await userEvent.click(within(outputLeaf()).getByLabelText('对数变换'));
    await userEvent.click(within(outputLeaf()).getByLabelText('缩尾'));
    expect(latest().root.children[0]).toMatchObject({
      children: [
        {
          value: { kind: 'time-pace', targetPeriodId: '2023' },
          treatment: { log: true, winsorise: { lower: 0.05, upper: 0.95 } },
        },
      ],
    });
    const jury = screen.getByRole('group', { name: /指标 · 评委打分/ });
    expect(within(outputLeaf()).queryByLabelText('评委合成')).not.toBeInTheDocument();
    await userEvent.selectOptions(within(jury).getByLabelText('评委合成'), 'trimmed-mean');
    const trim = within(jury).getByLabelText('两端各去掉');
    await userEvent.clear(trim);
    await userEvent.type(trim, '2');
    expect(latest().root.children[1]).toMatchObject({
      children: [{ jury: { method: 'trimmed-mean', trim: 2 } }],
    });
  });

  it('edits the scorecard-wide rules', async () => {
    const { latest } = renderEditor();
    await userEvent.type(screen.getAllByLabelText('名称（英文）')[0] as HTMLElement, ' v2');
    await userEvent.selectOptions(screen.getByLabelText('缺失数据'), 'zero');
    await userEvent.type(screen.getByLabelText('类别系数：高新区'), '1.2');
    await userEvent.type(screen.getByLabelText('加点上限'), '3');
    await userEvent.click(screen.getByRole('button', { name: '添加否决规则' }));
    await userEvent.type(screen.getByLabelText('否决理由（中文）1'), '安全事故');
    await userEvent.selectOptions(screen.getByLabelText('否决处理'), 'exclude');
    await userEvent.selectOptions(screen.getByLabelText('排名精度（小数位）'), '1');
    await userEvent.click(screen.getByRole('button', { name: '添加同分比较节点' }));
    await userEvent.selectOptions(screen.getByLabelText('同分比较第 1 项'), 'meeting');
    expect(latest()).toMatchObject({
      name: { en: 'Test card v2' },
      missing: { policy: 'zero' },
      coefficients: { byCategory: { 'hi-tech': 1.2 } },
      points: { bonusCap: 3 },
      vetoes: [
        { id: 'veto-1', indicatorId: 'output', when: { op: '<', value: 0 }, reason: { zh: '安全事故' } },
      ],
      vetoMode: 'exclude',
      ranking: { precision: 1, tieBreak: ['meeting'] },
    });
  });

  it('warns without blocking about a leaf with no data in the scored period', async () => {
    renderEditor();
    expect(await screen.findByText(/“评委打分”的指标“评委”在计分期 2023 没有任何数据/)).toBeInTheDocument();
    expect(await screen.findByText('方案有效。')).toBeInTheDocument();
  });

  it('imports a file into the draft rather than saving it, and discards back to the saved card', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    const { onSave, latest } = renderEditor();
    const imported = { ...savedCard(), name: { zh: '<b>导入</b>', en: 'Imported' } };
    await userEvent.upload(
      screen.getByLabelText('导入评分方案…'),
      new File([serialiseScorecardFile(imported)], 'in.json', { type: 'application/json' }),
    );
    await waitFor(() => expect(latest().name.zh).toBe('<b>导入</b>'));
    expect(onSave).not.toHaveBeenCalled();
    expect(document.querySelector('.scorecard-editor b')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '放弃修改' }));
    expect(screen.getByText('没有未保存的修改')).toBeInTheDocument();
    vi.restoreAllMocks();
  });

  it('generates a methodology that names every dimension', () => {
    renderEditor();
    const methodology = screen.getByRole('region', { name: '方法说明' });
    expect(methodology).toHaveTextContent('经济：权重 60（占上级 60%）');
    expect(methodology).toHaveTextContent('现场：权重 40（占上级 40%）');
    expect(methodology).toHaveTextContent('S = 100 ×（x − 最小值）/（最大值 − 最小值）');
  });
});
