import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { tEn, zoneBoard } from './testFixtures';
import { ZoneRadar } from './ZoneRadar';
import { zoneRadarData } from './zoneRadar';

describe('ZoneRadar', () => {
  it('gives the radar’s numbers as a table beside the chart', () => {
    const { axes, lines } = zoneRadarData(zoneBoard().model, 'c', 'en', 'Average');
    render(<ZoneRadar axes={axes} lines={lines} chart={<div data-testid="chart" />} language="en" t={tEn} />);
    expect(screen.getByTestId('chart')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Radar data (out of 100)' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Dimension', 'C', 'A', 'Average']);
    const shortfalls = within(table).getByRole('row', { name: /Shortfalls/ });
    expect(
      within(shortfalls)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['90.0', '70.0', '76.7']);
  });
});
