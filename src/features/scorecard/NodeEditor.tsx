import { formatPercent, localized } from '../../i18n/format';
import {
  type GroupNode,
  type Indicator,
  type IndicatorNode,
  isGroupNode,
  type Period,
  type ScorecardNode,
} from '../../scoring/model';
import { FieldRow, NumberField, SelectField, TextField, useEditor } from './EditorFields';
import { LeafFields } from './LeafFields';

export interface TreeActions {
  update: (id: string, change: (node: ScorecardNode) => ScorecardNode) => void;
  remove: (id: string) => void;
  move: (id: string, offset: -1 | 1) => void;
  indent: (id: string) => void;
  outdent: (id: string) => void;
  addGroup: (parentId: string) => void;
  addLeaf: (parentId: string) => void;
}

export interface NodeEditorProps {
  node: ScorecardNode;
  path: string;
  /** Siblings, for the share of the parent and which moves are possible. */
  siblings: readonly ScorecardNode[];
  index: number;
  depth: number;
  indicators: readonly Indicator[];
  periods: readonly Period[];
  actions: TreeActions;
}

/** One node of the tree with its fields and the buttons that move it; groups list their children. */
export function NodeEditor(props: NodeEditorProps) {
  const { node, path, siblings, index, depth, actions } = props;
  const { language, t } = useEditor();
  const name = localized(node.name, language) || node.id;
  const total = siblings.reduce((sum, sibling) => sum + (sibling.weight > 0 ? sibling.weight : 0), 0);
  const share = total > 0 && node.weight > 0 ? node.weight / total : 0;
  const previous = siblings[index - 1];
  const isGroup = isGroupNode(node);
  return (
    <li className={`editor-node ${isGroup ? 'editor-group' : 'editor-leaf'}`} data-node-id={node.id}>
      <fieldset>
        <legend>
          {isGroup ? t('editor.group') : t('editor.leaf')} · {name} <code>{node.id}</code>{' '}
          <span className="editor-share">{t('editor.share', { share: formatPercent(share, language) })}</span>
        </legend>
        <FieldRow>
          <TextField
            label={t('editor.field.nameZh')}
            path={`${path}.name.zh`}
            value={node.name.zh}
            onChange={(zh) =>
              actions.update(node.id, (current) => ({ ...current, name: { ...current.name, zh } }))
            }
          />
          <TextField
            label={t('editor.field.nameEn')}
            path={`${path}.name.en`}
            value={node.name.en}
            onChange={(en) =>
              actions.update(node.id, (current) => ({ ...current, name: { ...current.name, en } }))
            }
          />
          <NumberField
            label={t('editor.field.weight')}
            path={`${path}.weight`}
            value={node.weight}
            onChange={(weight) => actions.update(node.id, (current) => ({ ...current, weight }))}
          />
        </FieldRow>
        {isGroup ? (
          <GroupFields group={node} path={path} actions={actions} />
        ) : (
          <LeafFields
            leaf={node}
            path={path}
            indicators={props.indicators}
            periods={props.periods}
            onChange={(leaf: IndicatorNode) => actions.update(node.id, () => leaf)}
          />
        )}
        <div className="editor-node-actions">
          <button
            type="button"
            disabled={index === 0}
            aria-label={t('editor.moveUp', { name })}
            onClick={() => actions.move(node.id, -1)}
          >
            ↑
          </button>
          <button
            type="button"
            disabled={index === siblings.length - 1}
            aria-label={t('editor.moveDown', { name })}
            onClick={() => actions.move(node.id, 1)}
          >
            ↓
          </button>
          <button
            type="button"
            disabled={!previous || !isGroupNode(previous)}
            aria-label={t('editor.indent', { name })}
            onClick={() => actions.indent(node.id)}
          >
            →
          </button>
          <button
            type="button"
            disabled={depth < 2}
            aria-label={t('editor.outdent', { name })}
            onClick={() => actions.outdent(node.id)}
          >
            ←
          </button>
          <button type="button" className="danger" onClick={() => actions.remove(node.id)}>
            {t('editor.remove', { name })}
          </button>
        </div>
      </fieldset>
      {isGroup && <ChildList {...props} group={node} />}
    </li>
  );
}

function GroupFields({ group, path, actions }: { group: GroupNode; path: string; actions: TreeActions }) {
  const { t } = useEditor();
  const name = group.id;
  return (
    <FieldRow>
      <SelectField
        label={t('editor.field.aggregation')}
        path={`${path}.aggregation`}
        help={t(`editor.help.agg.${group.aggregation}`)}
        value={group.aggregation}
        options={(['arithmetic', 'geometric'] as const).map((value) => ({
          value,
          label: t(`editor.agg.${value}`),
        }))}
        onChange={(aggregation) =>
          actions.update(name, (current) => {
            if (!isGroupNode(current)) return current;
            const { geometricFloor: _floor, ...rest } = current;
            return aggregation === 'geometric'
              ? { ...rest, aggregation, geometricFloor: 1 }
              : { ...rest, aggregation };
          })
        }
      />
      {group.aggregation === 'geometric' && (
        <NumberField
          label={t('editor.field.floor')}
          path={`${path}.geometricFloor`}
          value={group.geometricFloor ?? 1}
          onChange={(geometricFloor) =>
            actions.update(name, (current) =>
              isGroupNode(current) ? { ...current, geometricFloor } : current,
            )
          }
        />
      )}
    </FieldRow>
  );
}

/** A group's children and the buttons that add to it (the root's list is the tree itself). */
export function ChildList(
  props: Omit<NodeEditorProps, 'node' | 'siblings' | 'index'> & { group: GroupNode },
) {
  const { group, path, depth, actions } = props;
  const { language, t } = useEditor();
  const name = localized(group.name, language) || group.id;
  return (
    <>
      <ul className="editor-children">
        {group.children.map((child, index) => (
          <NodeEditor
            key={child.id}
            {...props}
            node={child}
            path={`${path}.children[${index}]`}
            siblings={group.children}
            index={index}
            depth={depth + 1}
          />
        ))}
      </ul>
      <div className="editor-add">
        <button type="button" onClick={() => actions.addGroup(group.id)}>
          {t('editor.addGroup', { name })}
        </button>
        <button type="button" onClick={() => actions.addLeaf(group.id)}>
          {t('editor.addLeaf', { name })}
        </button>
      </div>
    </>
  );
}
