import { useMemo } from 'react';
import type { Scorecard } from '../../scoring/model';
import { useEditor } from './EditorFields';
import { buildMethodology, type MethodologyCatalogue } from './methodology';

/** The generated methodology, as text (never HTML), printable on its own (print CSS). */
export function MethodologyView({
  scorecard,
  catalogue,
}: {
  scorecard: Scorecard;
  catalogue: MethodologyCatalogue;
}) {
  const { language, t } = useEditor();
  const methodology = useMemo(
    () => buildMethodology(scorecard, catalogue, language),
    [scorecard, catalogue, language],
  );
  return (
    <section className="methodology" aria-labelledby="methodology-title">
      <h2 id="methodology-title">{t('editor.section.method')}</h2>
      <button type="button" className="no-print" onClick={() => window.print()}>
        {t('method.print')}
      </button>
      <h3>{methodology.title}</h3>
      {methodology.intro.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <h4>{t('method.tree')}</h4>
      <ul className="methodology-tree">
        {methodology.tree.map((line) => (
          <li key={line.nodeId} style={{ marginInlineStart: `${line.depth * 1.5}em` }}>
            {line.text}
          </li>
        ))}
      </ul>
      <h4>{t('method.rules')}</h4>
      <ul>
        {methodology.rules.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
