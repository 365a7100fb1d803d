import type { Language } from '../i18n/messages';
import type { BoardModel } from '../lib/boardModel';
import { buildBoardContributionOption, buildBoardRankingOption } from './boardChartOptions';
import { renderChartSvg } from './chart/renderChartSvg';
import { FONT_STACK } from './fonts';

export type BoardChartKind = 'total' | 'contributions';

/** The leaderboard's bar race or contributions chart as a vector SVG document. */
export function renderBoardChartSvg(
  model: BoardModel,
  language: Language,
  kind: BoardChartKind,
  theme: 'light' | 'dark',
  size: { width: number; height: number },
): Promise<string> {
  // zrender's SVG string writes `style="font-family:…"` without escaping quotes, so the stack's
  // double-quoted family names would end the attribute and break the XML: quote them singly.
  const style = { theme, animate: false, fontSize: 20, fontFamily: FONT_STACK.replace(/"/g, "'") };
  const option =
    kind === 'total'
      ? buildBoardRankingOption(model, language, style)
      : buildBoardContributionOption(model, language, style);
  return renderChartSvg(option, size.width, size.height, kind === 'contributions');
}
