import { ExportPngButton } from '../features/export/ExportPngButton';
import { LeaderboardPage } from '../features/leaderboard/LeaderboardPage';
import { useT } from '../i18n/useT';
import { ResetDataButton } from './ResetDataButton';
import { useBoardModel } from './useBoardModel';

export function LeaderboardRoute() {
  const { language, t } = useT();
  const board = useBoardModel();
  if (board === undefined) return <p role="status">{t('boot.opening')}</p>;
  if (board === null) return <p>{t('leaderboard.empty')}</p>;
  return (
    <LeaderboardPage
      model={board.model}
      language={language}
      t={t}
      onWeightChange={board.editing.setWeight}
      onResetWeights={board.editing.reset}
      isModified={board.editing.isModified}
      actions={
        <>
          <ExportPngButton model={board.model} language={language} t={t} />
          <ResetDataButton />
        </>
      }
    />
  );
}
