import type { Page } from 'playwright-core';

export interface BoardRowView {
  zoneId: string;
  rank: number;
  total: number | null;
  /** Dimension scores in column order. */
  dimensions: (number | null)[];
  text: string;
}

/** Reads the leaderboard table as the user sees it (numbers parsed from the displayed text). */
export async function readBoard(page: Page): Promise<BoardRowView[]> {
  const rows = await page.$$eval('table.ranking-table tbody tr', (trs) =>
    trs.map((tr) => ({
      zoneId: (tr as HTMLElement).dataset.zoneId ?? '',
      cells: Array.from(tr.children, (cell) => cell.textContent ?? ''),
    })),
  );
  const parse = (text: string | undefined) => {
    const value = Number.parseFloat((text ?? '').replace(/,/g, ''));
    return Number.isFinite(value) ? value : null;
  };
  return rows.map(({ zoneId, cells }) => ({
    zoneId,
    rank: Number.parseInt(cells[0] ?? '', 10),
    total: parse(cells[2]),
    dimensions: cells.slice(3).map(parse),
    text: cells.join(' | '),
  }));
}

/** Waits until the table differs from `before` (the ranking re-renders synchronously, so this is short). */
export async function waitForBoardChange(
  page: Page,
  before: BoardRowView[],
  timeoutMs = 5_000,
): Promise<BoardRowView[]> {
  const started = Date.now();
  for (;;) {
    const now = await readBoard(page);
    if (JSON.stringify(now) !== JSON.stringify(before)) return now;
    if (Date.now() - started > timeoutMs) return now;
    await page.waitForTimeout(50);
  }
}
