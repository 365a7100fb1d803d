import { type ReactNode, useMemo, useState } from 'react';
import { localized } from '../../i18n/format';
import { type Language, translate } from '../../i18n/messages';
import type { Translate } from '../../i18n/useT';
import type { Fact, JuryScore, Scorecard } from '../../scoring/model';
import { EditorContext, type EditorContextValue } from './EditorFields';
import { MethodologyView } from './MethodologyView';
import { ChildList, type TreeActions } from './NodeEditor';
import { GeneralFields, type RulesCatalogue, RulesEditor } from './RulesEditor';
import { ScorecardFileActions } from './ScorecardFileActions';
import {
  addChild,
  findNode,
  freshNodeId,
  indentNode,
  moveNode,
  newGroupNode,
  newIndicatorNode,
  outdentNode,
  removeNode,
  updateNode,
} from './scorecardTree';
import { findScorecardWarnings } from './scorecardWarnings';
import { useScorecardValidation } from './useScorecardValidation';
import { ValidationSummary } from './ValidationSummary';

export interface ScorecardEditorProps {
  /** The saved scorecard the draft started from. */
  saved: Scorecard;
  draft: Scorecard;
  onDraftChange: (draft: Scorecard) => void;
  catalogue: RulesCatalogue;
  /** The data the warnings look at (is there anything to score?). */
  facts: readonly Fact[];
  juryScores: readonly JuryScore[];
  language: Language;
  t: Translate;
  onSave: (draft: Scorecard) => void;
  onSaveAs: (draft: Scorecard) => void;
  onDiscard: () => void;
  /** The scorecard picker, composed by the route. */
  picker?: ReactNode;
}

/** DESIGN §4 screen 3: edit a draft of a scorecard, validate it as a file would be, save or discard it. */
export function ScorecardEditor(props: ScorecardEditorProps) {
  const { saved, draft, onDraftChange, catalogue, language, t } = props;
  const [removed, setRemoved] = useState<{ before: Scorecard; name: string } | null>(null);
  const validation = useScorecardValidation(draft);
  const isDirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(saved), [draft, saved]);
  const warnings = useMemo(
    () =>
      findScorecardWarnings(
        draft,
        { indicators: catalogue.indicators, facts: props.facts, juryScores: props.juryScores },
        language,
      ),
    [draft, catalogue.indicators, props.facts, props.juryScores, language],
  );
  const context = useMemo<EditorContextValue>(() => {
    const byPath = new Map<string, string[]>();
    if (validation.status === 'done') {
      for (const issue of validation.issues) {
        const list = byPath.get(issue.path) ?? [];
        list.push(localized(issue.message, language));
        byPath.set(issue.path, list);
      }
    }
    return { language, t, issuesAt: (path) => byPath.get(path) ?? [] };
  }, [validation, language, t]);

  const change = (root: Scorecard['root']) => {
    if (root !== draft.root) onDraftChange({ ...draft, root });
  };
  const actions: TreeActions = {
    update: (id, update) => change(updateNode(draft.root, id, update)),
    remove: (id) => {
      const node = findNode(draft.root, id)?.node;
      if (!node) return;
      setRemoved({ before: draft, name: localized(node.name, language) || node.id });
      change(removeNode(draft.root, id));
    },
    move: (id, offset) => change(moveNode(draft.root, id, offset)),
    indent: (id) => change(indentNode(draft.root, id)),
    outdent: (id) => change(outdentNode(draft.root, id)),
    addGroup: (parentId) =>
      change(
        addChild(
          draft.root,
          parentId,
          newGroupNode(freshNodeId(draft.root, 'group'), {
            zh: translate('zh-CN', 'editor.newGroupName'),
            en: translate('en', 'editor.newGroupName'),
          }),
        ),
      ),
    addLeaf: (parentId) => {
      const indicator = catalogue.indicators[0];
      const node = newIndicatorNode(
        freshNodeId(draft.root, `leaf-${indicator?.id ?? 'indicator'}`),
        indicator ? { ...indicator.name } : { zh: '', en: '' },
        indicator?.id ?? '',
      );
      change(addChild(draft.root, parentId, node));
    },
  };
  const hasIssues = validation.status !== 'done' || validation.issues.length > 0;

  return (
    <EditorContext.Provider value={context}>
      <div className="scorecard-editor">
        <header className="editor-toolbar no-print">
          <h1>{t('editor.title')}</h1>
          <p>{t('editor.intro')}</p>
          <p>{t('editor.editing', { name: localized(saved.name, language), revision: saved.revision })}</p>
          <div className="editor-toolbar-actions">
            {props.picker}
            <span className={isDirty ? 'editor-dirty' : undefined}>
              {isDirty ? t('editor.unsaved') : t('editor.noChanges')}
            </span>
            <button type="button" disabled={!isDirty || hasIssues} onClick={() => props.onSave(draft)}>
              {t('editor.save')}
            </button>
            <button type="button" disabled={hasIssues} onClick={() => props.onSaveAs(draft)}>
              {t('editor.saveAs')}
            </button>
            <button type="button" disabled={!isDirty} onClick={props.onDiscard}>
              {t('editor.discard')}
            </button>
            <ScorecardFileActions
              scorecard={draft}
              weights={{}}
              language={language}
              t={t}
              onImport={(imported) => onDraftChange(imported)}
            />
          </div>
          {isDirty && hasIssues && validation.status === 'done' && (
            <p role="note">{t('editor.saveBlocked')}</p>
          )}
          {removed && (
            <p role="status" className="editor-removed">
              {t('editor.removed', { name: removed.name })}{' '}
              <button
                type="button"
                onClick={() => {
                  onDraftChange(removed.before);
                  setRemoved(null);
                }}
              >
                {t('editor.undo')}
              </button>
            </p>
          )}
        </header>
        <div className="no-print">
          <ValidationSummary validation={validation} warnings={warnings} />
          <section aria-labelledby="editor-general">
            <h2 id="editor-general">{t('editor.section.general')}</h2>
            <GeneralFields draft={draft} catalogue={catalogue} onChange={onDraftChange} />
          </section>
          <section aria-labelledby="editor-tree">
            <h2 id="editor-tree">{t('editor.section.tree')}</h2>
            <ChildList
              group={draft.root}
              path="$.root"
              depth={0}
              indicators={catalogue.indicators}
              periods={catalogue.periods}
              actions={actions}
            />
          </section>
          <section aria-labelledby="editor-rules">
            <h2 id="editor-rules">{t('editor.section.rules')}</h2>
            <RulesEditor draft={draft} catalogue={catalogue} onChange={onDraftChange} />
          </section>
        </div>
        <MethodologyView scorecard={draft} catalogue={catalogue} />
      </div>
    </EditorContext.Provider>
  );
}
