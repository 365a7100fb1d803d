import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type GroupNode, isGroupNode, type ScorecardNode } from '../../scoring/model';
import { buildGroup, buildLeaf } from '../../scoring/testFixtures';
import {
  addChild,
  findNode,
  freshNodeId,
  indentNode,
  listNodes,
  moveNode,
  newIndicatorNode,
  outdentNode,
  removeNode,
  updateNode,
} from './scorecardTree';

function tree(): GroupNode {
  return buildGroup('root', [
    buildGroup('dim-a', [buildLeaf('a1'), buildLeaf('a2')]),
    buildGroup('dim-b', [buildLeaf('b1')]),
    buildLeaf('c'),
  ]);
}

const ids = (root: GroupNode) => listNodes(root).map((location) => location.node.id);
const shape = (node: ScorecardNode): unknown =>
  isGroupNode(node) ? { [node.id]: node.children.map(shape) } : node.id;

describe('listNodes', () => {
  it('lists nodes depth-first with their JSON paths', () => {
    expect(listNodes(tree()).map((location) => `${location.node.id} ${location.path}`)).toEqual([
      'root $.root',
      'dim-a $.root.children[0]',
      'a1 $.root.children[0].children[0]',
      'a2 $.root.children[0].children[1]',
      'dim-b $.root.children[1]',
      'b1 $.root.children[1].children[0]',
      'c $.root.children[2]',
    ]);
  });
});

describe('updateNode', () => {
  it('changes only the node with the id and keeps the other branches shared', () => {
    const before = tree();
    const after = updateNode(before, 'a2', (node) => ({ ...node, weight: 7 }));
    expect(findNode(after, 'a2')?.node.weight).toBe(7);
    expect(after.children[1]).toBe(before.children[1]);
    expect(findNode(before, 'a2')?.node.weight).toBe(1);
  });
});

describe('addChild and removeNode', () => {
  it('appends a leaf to a group and removes a whole subtree', () => {
    const added = addChild(tree(), 'dim-b', newIndicatorNode('b2', { zh: '新', en: 'New' }, 'x'));
    expect(shape(added)).toEqual({ root: [{ 'dim-a': ['a1', 'a2'] }, { 'dim-b': ['b1', 'b2'] }, 'c'] });
    expect(ids(removeNode(added, 'dim-a'))).toEqual(['root', 'dim-b', 'b1', 'b2', 'c']);
  });

  it('refuses to add under a leaf or to remove the root', () => {
    const before = tree();
    expect(addChild(before, 'c', buildLeaf('z'))).toBe(before);
    expect(removeNode(before, 'root')).toBe(before);
  });
});

describe('moveNode, indentNode, outdentNode', () => {
  it('moves among siblings and stops at the ends', () => {
    expect(shape(moveNode(tree(), 'c', -1))).toEqual({
      root: [{ 'dim-a': ['a1', 'a2'] }, 'c', { 'dim-b': ['b1'] }],
    });
    const before = tree();
    expect(moveNode(before, 'a1', -1)).toBe(before);
  });

  it('indents into the previous group and outdents to just after the parent', () => {
    const indented = indentNode(tree(), 'c');
    expect(shape(indented)).toEqual({ root: [{ 'dim-a': ['a1', 'a2'] }, { 'dim-b': ['b1', 'c'] }] });
    expect(shape(outdentNode(tree(), 'a1'))).toEqual({
      root: [{ 'dim-a': ['a2'] }, 'a1', { 'dim-b': ['b1'] }, 'c'],
    });
    const before = tree();
    expect(indentNode(before, 'dim-a')).toBe(before);
    expect(outdentNode(before, 'dim-a')).toBe(before);
  });
});

describe('freshNodeId', () => {
  it('numbers an id already taken', () => {
    expect(freshNodeId(tree(), 'new')).toBe('new');
    expect(freshNodeId(tree(), 'a1')).toBe('a1-2');
  });
});

/** Random trees with unique ids n0, n1, … */
const treeArbitrary = fc
  .array(fc.tuple(fc.boolean(), fc.nat()), { minLength: 1, maxLength: 12 })
  .map((specs) => {
    const root = buildGroup('root', []);
    let current = root;
    specs.forEach(([isGroup, pick], index) => {
      const groups = listNodes(current).filter((location) => isGroupNode(location.node));
      const parent = groups[pick % groups.length]?.node.id ?? 'root';
      current = addChild(current, parent, isGroup ? buildGroup(`n${index}`, []) : buildLeaf(`n${index}`));
    });
    return current;
  });

type Edit = (root: GroupNode, id: string) => GroupNode;
const edits: Edit[] = [
  (root, id) => moveNode(root, id, -1),
  (root, id) => moveNode(root, id, 1),
  indentNode,
  outdentNode,
  (root, id) => updateNode(root, id, (node) => ({ ...node, weight: 2 })),
];

describe('tree edits (properties)', () => {
  it('keep ids unique and lose no node', () => {
    fc.assert(
      fc.property(treeArbitrary, fc.nat(), fc.nat(), (root, pickNode, pickEdit) => {
        const all = ids(root);
        const id = all[pickNode % all.length] ?? 'root';
        const edited = (edits[pickEdit % edits.length] as Edit)(root, id);
        const after = ids(edited);
        expect(new Set(after).size).toBe(after.length);
        expect([...after].sort()).toEqual([...all].sort());
      }),
    );
  });

  it('remove loses exactly the removed subtree', () => {
    fc.assert(
      fc.property(treeArbitrary, fc.nat(), (root, pickNode) => {
        const all = ids(root);
        const id = all[pickNode % all.length] ?? 'root';
        const location = findNode(root, id);
        const subtree = id === 'root' || !location ? [] : ids(buildGroup('x', [location.node])).slice(1);
        const after = ids(removeNode(root, id));
        expect([...after].sort()).toEqual(all.filter((each) => !subtree.includes(each)).sort());
      }),
    );
  });

  it('move then move back, and indent then outdent, are the identity', () => {
    fc.assert(
      fc.property(treeArbitrary, fc.nat(), (root, pickNode) => {
        const all = ids(root);
        const id = all[pickNode % all.length] ?? 'root';
        const down = moveNode(root, id, 1);
        if (down !== root) expect(moveNode(down, id, -1)).toEqual(root);
        const up = moveNode(root, id, -1);
        if (up !== root) expect(moveNode(up, id, 1)).toEqual(root);
        const indented = indentNode(root, id);
        if (indented !== root) expect(outdentNode(indented, id)).toEqual(root);
      }),
    );
  });
});
