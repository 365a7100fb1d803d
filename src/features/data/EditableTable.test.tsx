import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { emptyBundle } from '../../formats/bundle';
import type { DataEdit } from '../../store/dataEditHistoryStore';
import { EditableTable, PAGE_SIZE } from './EditableTable';

function manyFacts(count: number) {
  const bundle = emptyBundle({ title: { zh: '测', en: 'T' }, asOf: '2023-04-14', sources: [] });
  bundle.facts = Array.from({ length: count }, (_, index) => ({
    id: `f${index + 1}`,
    zoneId: 'z1',
    indicatorId: 'i1',
    periodId: '2023',
    value: index,
    source: { sourceId: 's', text: `第${index + 1}句` },
  }));
  return bundle;
}

describe('EditableTable', () => {
  // jsdom renders a page of 50 editable rows in about a second on a loaded machine.
  it('renders one page of a 1,200-row table and pages through it', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const edits: DataEdit[] = [];
    render(
      <EditableTable
        table="facts"
        data={manyFacts(1200)}
        commit={async (edit) => {
          edits.push(edit);
          return null;
        }}
      />,
    );
    const body = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(body()).toHaveLength(PAGE_SIZE);
    expect(screen.getByText(/第 1 \/ 24 页/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '下一页' }));
    expect(body()[0]).toHaveAttribute('data-row-id', 'f51');
    await user.click(screen.getByRole('searchbox'));
    await user.paste('第1199句');
    expect(body()).toHaveLength(1);
    expect(body()[0]).toHaveAttribute('data-row-id', 'f1199');
    expect(edits).toEqual([]);
  });
});
