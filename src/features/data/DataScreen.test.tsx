import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseProvider } from '../../db/DatabaseContext';
import { ArenaDatabase } from '../../db/database';
import { writeBundle } from '../../db/dataset';
import { useArenaData } from '../../db/useArenaData';
import { emptyBundle } from '../../formats/bundle';
import { useDataEditHistoryStore } from '../../store/dataEditHistoryStore';
import { useSessionStore } from '../../store/sessionStore';
import { DataScreen } from './DataScreen';

// IndexedDB round trips through fake-indexeddb are slow on a busy machine; 1 s is not enough.
configure({ asyncUtilTimeout: 5000 });

let db: ArenaDatabase;
let counter = 0;

function Screen() {
  const data = useArenaData();
  return data ? <DataScreen data={data} /> : <p>loading</p>;
}

beforeEach(async () => {
  useSessionStore.setState({ language: 'zh-CN' });
  useDataEditHistoryStore.getState().clear();
  db = new ArenaDatabase(`screen-${counter++}`);
  const bundle = emptyBundle({ title: { zh: '测', en: 'T' }, asOf: '2023-04-14', sources: [] });
  bundle.categories = [{ id: 'c', name: { zh: '类', en: 'C' } }];
  bundle.periods = [
    { id: '2023', label: { zh: '2023年', en: '2023' }, start: '2023-01-01', end: '2023-12-31' },
  ];
  bundle.indicators = [
    { id: 'i1', name: { zh: '项目', en: 'Projects' }, unit: '个', direction: 'higher', kind: 'quantitative' },
  ];
  bundle.zones = [
    {
      id: 'z1',
      name: { zh: '一区', en: 'Zone 1' },
      shortName: { zh: '一', en: 'Z1' },
      categoryId: 'c',
      color: '#112233',
    },
  ];
  bundle.facts = [
    {
      id: 'f1',
      zoneId: 'z1',
      indicatorId: 'i1',
      periodId: '2023',
      value: 10,
      source: { sourceId: 's', text: '引进项目10个' },
    },
  ];
  await writeBundle(db, bundle, 'bundled');
  render(
    <DatabaseProvider db={db}>
      <Screen />
    </DatabaseProvider>,
  );
  await screen.findByRole('button', { name: '修改 f1 的数值：10' });
});

afterEach(async () => {
  await db.delete();
});

describe('DataScreen', () => {
  it('saves a cell on Enter, shows the kept quote as edited, and Ctrl+Z undoes it', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '修改 f1 的数值：10' }));
    const input = screen.getByRole('textbox', { name: 'f1 的数值' });
    await user.clear(input);
    await user.type(input, '12{Enter}');
    await screen.findByRole('button', { name: '修改 f1 的数值：12' });
    expect(screen.getByText('已手动修改')).toBeInTheDocument();
    expect(screen.getByText('引进项目10个')).toBeInTheDocument();
    expect((await db.facts.get('f1'))?.value).toBe(12);

    await user.keyboard('{Control>}z{/Control}');
    await screen.findByRole('button', { name: '修改 f1 的数值：10' });
    expect(await db.facts.get('f1')).toEqual({
      id: 'f1',
      zoneId: 'z1',
      indicatorId: 'i1',
      periodId: '2023',
      value: 10,
      source: { sourceId: 's', text: '引进项目10个' },
    });
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await screen.findByRole('button', { name: '修改 f1 的数值：12' });
  });

  it('shows why a value is refused next to the cell, writes nothing, and Esc cancels', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '修改 f1 的数值：10' }));
    const input = screen.getByRole('textbox', { name: 'f1 的数值' });
    await user.clear(input);
    await user.type(input, '十{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('“十”不是数字');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect((await db.facts.get('f1'))?.value).toBe(10);
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('button', { name: '修改 f1 的数值：10' })).toHaveFocus();
    expect(useDataEditHistoryStore.getState().past).toHaveLength(0);
  });

  it('says what depends on a zone before deleting it with its facts, and the undo button restores both', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: /功能区/ }));
    await user.click(screen.getByRole('button', { name: '删除 z1' }));
    expect(screen.getByRole('alert')).toHaveTextContent('“z1”被以下数据引用：实绩 1 条');
    expect(await db.zones.count()).toBe(1);
    await user.click(screen.getByRole('button', { name: '连同这些数据一起删除（可撤销）' }));
    await waitFor(async () => expect(await db.facts.count()).toBe(0));
    expect(await db.zones.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: '撤销' }));
    await waitFor(async () => expect(await db.zones.count()).toBe(1));
    expect(await db.facts.count()).toBe(1);
  });

  it('adds a row that can be undone', async () => {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '添加一行' }));
    await screen.findByRole('button', { name: /修改 fact-2 的数值/ });
    expect(await db.facts.count()).toBe(2);
    expect(screen.getByText('用户手动添加，无出处原文')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '撤销' }));
    await waitFor(async () => expect(await db.facts.count()).toBe(1));
  });
});
