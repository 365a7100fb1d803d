import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseScorecardFile, serialiseScorecardFile } from '../../formats/scorecardFile';
import { translate } from '../../i18n/messages';
import type { Scorecard } from '../../scoring/model';
import { buildGroup, buildLeaf, buildScorecard } from '../../scoring/testFixtures';
import { ScorecardFileActions, scorecardFileName } from './ScorecardFileActions';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('zh-CN', key, params);

function scorecard(): Scorecard {
  return buildScorecard(
    [
      buildGroup('dim-a', [buildLeaf('output')], { weight: 60 }),
      buildGroup('dim-b', [buildLeaf('projects')], { weight: 40 }),
    ],
    { id: 'contest-2023', name: { zh: '擂台赛', en: 'Arena' }, revision: 3 },
  );
}

function renderActions(onImport = vi.fn()) {
  render(
    <ScorecardFileActions
      scorecard={scorecard()}
      weights={{ 'dim-a': 25 }}
      language="zh-CN"
      t={t}
      onImport={onImport}
    />,
  );
  return onImport;
}

function jsonFile(text: string, name = 'card.json'): File {
  return new File([text], name, { type: 'application/json' });
}

let exported: Blob[] = [];

beforeEach(() => {
  exported = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    exported.push(blob as Blob);
    return 'blob:scorecard';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ScorecardFileActions', () => {
  it('exports the scorecard with the weights in force and the next revision', async () => {
    renderActions();
    await userEvent.click(screen.getByRole('button', { name: '导出评分方案 (JSON)' }));
    expect(exported).toHaveLength(1);
    const parsed = parseScorecardFile(await (exported[0] as Blob).text(), 'exported.json');
    expect(parsed.ok && parsed.value.root.children.map((node) => node.weight)).toEqual([25, 40]);
    expect(parsed.ok && parsed.value.revision).toBe(4);
    expect(screen.getByRole('status')).toHaveTextContent('已导出 contest-2023-r4.scorecard.json');
  });

  it('hands a valid file to onImport and says so', async () => {
    const onImport = renderActions();
    const imported = buildScorecard([buildLeaf('output')], { id: 'new', name: { zh: '新方案', en: 'New' } });
    await userEvent.upload(
      screen.getByLabelText('导入评分方案…'),
      jsonFile(serialiseScorecardFile(imported)),
    );
    await waitFor(() => expect(onImport).toHaveBeenCalledWith(imported));
    expect(await screen.findByText('已导入评分方案“新方案”。')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('lists every problem with its JSON path as plain text, and imports nothing', async () => {
    const onImport = renderActions();
    const broken = JSON.parse(serialiseScorecardFile(scorecard()));
    broken.scorecard.root.children[1].weight = -1;
    broken.scorecard.name = { zh: '<img src=x onerror=alert(1)>', en: 'x', fr: 'y' };
    await userEvent.upload(
      screen.getByLabelText('导入评分方案…'),
      jsonFile(JSON.stringify(broken), 'broken.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法导入 broken.json，请修正以下问题后重试：');
    const items = within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      '$.scorecard.name.fr 未知字段“fr”（是否拼写有误？）。',
      '$.scorecard.root.children[1].weight 应不小于 0，实际是 -1。',
    ]);
    expect(alert.querySelector('img')).toBeNull();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('shows where a file stops being JSON', async () => {
    renderActions();
    await userEvent.upload(screen.getByLabelText('导入评分方案…'), jsonFile('{\n  "format": \n}'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '3:1 不是有效的 JSON：第 3 行第 1 列出现意外的字符“}”。',
    );
  });

  it('refuses a file over the size limit without reading it', async () => {
    const onImport = renderActions();
    const huge = jsonFile('{}');
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'text');
    await userEvent.upload(screen.getByLabelText('导入评分方案…'), huge);
    expect(await screen.findByRole('alert')).toHaveTextContent('文件过大（50.0 MB）');
    expect(read).not.toHaveBeenCalled();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('reports a failure of the save itself', async () => {
    renderActions(vi.fn().mockRejectedValue(new Error('QuotaExceededError')));
    await userEvent.upload(
      screen.getByLabelText('导入评分方案…'),
      jsonFile(serialiseScorecardFile(scorecard())),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('导入失败：QuotaExceededError');
  });
});

describe('scorecardFileName', () => {
  it('names the file by id and revision, safe for any file system', () => {
    expect(scorecardFileName(scorecard())).toBe('contest-2023-r3.scorecard.json');
    expect(scorecardFileName({ ...scorecard(), id: '擂台/2023 版' })).toBe('擂台-2023-版-r3.scorecard.json');
  });
});
