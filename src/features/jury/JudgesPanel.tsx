import { useState } from 'react';
import { localized } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { Judge } from '../../scoring/model';

interface Props {
  judges: readonly Judge[];
  language: Language;
  t: Translate;
  onAdd: () => void;
  onRename: (judgeId: string, name: string) => void;
  onRemove: (judge: Judge) => void;
}

/** The meeting's real judges: add, rename (Enter or leaving the field saves), remove (undoable by the caller). */
export function JudgesPanel({ judges, language, t, onAdd, onRename, onRemove }: Props) {
  const real = judges
    .filter((judge) => !judge.isSample)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return (
    <section className="jury-judges" aria-label={t('jury.judges')}>
      <h2>{t('jury.judges')}</h2>
      <ul>
        {real.map((judge) => (
          <JudgeItem
            key={judge.id}
            judge={judge}
            language={language}
            t={t}
            onRename={onRename}
            onRemove={onRemove}
          />
        ))}
      </ul>
      <button type="button" onClick={onAdd}>
        {t('jury.addJudge')}
      </button>
    </section>
  );
}

function JudgeItem({
  judge,
  language,
  t,
  onRename,
  onRemove,
}: Pick<Props, 'language' | 't' | 'onRename' | 'onRemove'> & { judge: Judge }) {
  const name = localized(judge.name, language);
  const [draft, setDraft] = useState<string | null>(null);
  const save = () => {
    const next = draft?.trim() ?? '';
    setDraft(null);
    if (next !== '' && next !== name) onRename(judge.id, next);
  };
  return (
    <li>
      <input
        type="text"
        aria-label={t('jury.judgeName', { name })}
        value={draft ?? name}
        maxLength={40}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          // Enter that ends an IME composition (typing a Chinese name) is not "save".
          if (event.key === 'Enter' && !event.nativeEvent.isComposing) save();
          if (event.key === 'Escape') setDraft(null);
        }}
      />
      <button type="button" onClick={() => onRemove(judge)} aria-label={t('jury.removeJudge', { name })}>
        ×
      </button>
    </li>
  );
}
