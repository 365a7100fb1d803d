import { describe, expect, it } from 'vitest';
import { chromiumForThisFile } from './chromium';

const openPage = chromiumForThisFile();

/** A number as the card prints it (zh-CN grouping, a real minus sign). */
function parseNumber(text: string): number {
  return Number(
    text
      .replace(/,/g, '')
      .replace('−', '-')
      .replace(/[^\d.-]/g, ''),
  );
}

describe('zone card in Chromium (production build)', () => {
  it('shows 上合示范区’s facts, target progress, contributions, radar and what would it take', async () => {
    const app = await openPage('#/zone/shanghe');
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: '上合示范区' }).waitFor();

    // A figure with its verbatim source sentence.
    const facts = page.getByRole('region', { name: '展实绩 · 数据' });
    await facts.getByText('“上合经贸综服平台上线企业突破4000家”').waitFor();
    expect(await facts.getByText(/来源：/).count()).toBeGreaterThan(0);

    // The 5000-enterprise target: 4000 / 5000 = 80 %, time-pace 80 % ÷ 104/365 ≈ 281 %.
    const completion = page.getByRole('progressbar', { name: /平台上线企业”完成率$/ });
    expect(await completion.getAttribute('aria-valuetext')).toMatch(/^4,000 \/ 5,000 家 = 80%/);
    const targets = page.getByRole('region', { name: /谈打算 · 2023 年目标/ });
    await targets.getByText(/281%，快于序时进度/).waitFor();
    expect(await targets.getByText('尚未报告实际数据。').count()).toBeGreaterThan(0);

    // Contributions add up to the weighted score, and (no coefficient, no points) to the total.
    const scores = page.getByRole('region', { name: '名次与各维度贡献' });
    await scores.locator('tr[data-dimension]').first().waitFor();
    const contributions = (await scores.locator('tr[data-dimension] td.contribution').allTextContents()).map(
      parseNumber,
    );
    expect(contributions.length).toBeGreaterThanOrEqual(3);
    const total = parseNumber((await scores.locator('tr.zone-total-row td').textContent()) ?? '');
    const sum = contributions.reduce((acc, value) => acc + value, 0);
    expect(Math.abs(sum - total)).toBeLessThanOrEqual(0.05 * contributions.length);

    // The radar is drawn on a canvas, with its numbers in a table.
    const radar = page.getByRole('region', { name: '雷达图：本功能区、第一名与平均' });
    await radar.locator('canvas').first().waitFor();
    expect(await radar.getByRole('table').getByRole('row').count()).toBeGreaterThanOrEqual(4);

    // What would it take: either "already first" or one line per dimension.
    const lift = page.getByRole('region', { name: '怎样才能再进一名' });
    const isLeader = (await lift.getByText('已经排名第一。').count()) > 0;
    if (!isLeader) {
      await lift.getByText(/^前一名：/).waitFor();
      const lines = await lift
        .getByRole('list', { name: '只提高一个维度的得分（其他不变）' })
        .getByRole('listitem')
        .allTextContents();
      expect(lines.length).toBe(contributions.length);
      expect(lines.some((line) => /提高到 [\d.]+ 以上|满分 100 也不够|没有得分/.test(line))).toBe(true);
      expect(
        await lift
          .getByRole('list', { name: '只调整一个维度的权重（其他权重不变）' })
          .getByRole('listitem')
          .count(),
      ).toBe(contributions.length);
    }

    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });

  it('reads in English with ?lang=en', async () => {
    const app = await openPage('#/zone/shanghe', '?lang=en');
    await app.page.getByRole('heading', { level: 1 }).waitFor();
    await app.page.getByText(/281%, ahead of pace/).waitFor();
    await app.page.getByRole('region', { name: 'What would it take to move up one place' }).waitFor();
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
