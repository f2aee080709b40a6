import { $isMarkNode, MarkNode } from '@lexical/mark';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $getRoot, type EditorState, type LexicalEditor, type NodeKey, type NodeMutation } from 'lexical';
import { $markIdsAtSelection } from './find-mark.ts';
import { registerMarkNesting } from './mark-nesting.ts';
import { markTags, type MarkKind } from './mark-tags.ts';

/** What the panels need to know about the marks in the text. */
export interface MarkSnapshot {
  /** Every mark id in the text, in document order. */
  order: readonly string[];
  present: ReadonlySet<string>;
  /** The ids of the mark the caret stands in: its thread or flag is highlighted. */
  active: ReadonlySet<string>;
  /** The document has text: until it has loaded, no mark is in it, and that says nothing. */
  hasText: boolean;
}

const EMPTY: MarkSnapshot = { order: [], present: new Set(), active: new Set(), hasText: false };

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/**
 * One per editor, shared by the comment and the flag plugins and panels: it
 * follows the mark nodes (a mutation listener, so typing elsewhere costs
 * nothing), tags their <mark> elements with data-kind, data-state and
 * data-active for the style sheets, and says which marks are in the text and
 * which one the caret is in. It runs while anything uses it.
 */
export class MarkRegistry {
  private users = 0;
  private stop: (() => void) | null = null;
  private readonly idsByKey = new Map<NodeKey, readonly string[]>();
  private readonly states = new Map<MarkKind, ReadonlyMap<string, string>>();
  private readonly listeners = new Set<() => void>();
  private snapshot: MarkSnapshot = EMPTY;

  constructor(private readonly editor: LexicalEditor) {}

  /** Starts following the editor; the function it returns stops, once the last user has let go. */
  retain(): () => void {
    if (this.users++ === 0) this.start();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.users === 0) this.end();
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): MarkSnapshot => this.snapshot;

  /** What each mark of a kind is now (a thread open or resolved, a flag's status), for its data-state. */
  setStates(kind: MarkKind, states: ReadonlyMap<string, string>): void {
    this.states.set(kind, states);
    this.tagAll();
  }

  private start(): void {
    this.stop = mergeRegister(
      registerMarkNesting(this.editor),
      this.editor.registerMutationListener(MarkNode, (mutations) => this.onMutations(mutations)),
      this.editor.registerUpdateListener(({ editorState }) => this.onUpdate(editorState)),
    );
    this.onUpdate(this.editor.getEditorState());
  }

  private end(): void {
    this.stop?.();
    this.stop = null;
    this.idsByKey.clear();
    this.snapshot = EMPTY;
  }

  private onMutations(mutations: Map<NodeKey, NodeMutation>): void {
    this.editor.getEditorState().read(() => {
      for (const [key, mutation] of mutations) {
        const node = mutation === 'destroyed' ? null : $getNodeByKey(key);
        if ($isMarkNode(node)) this.idsByKey.set(key, node.getIDs());
        else this.idsByKey.delete(key);
      }
      const nodes = [...this.idsByKey.keys()].map((key) => $getNodeByKey(key)).filter($isMarkNode);
      nodes.sort((a, b) => (a.is(b) ? 0 : a.isBefore(b) ? -1 : 1));
      const order: string[] = [];
      for (const node of nodes) for (const id of node.getIDs()) if (!order.includes(id)) order.push(id);
      this.publish({ ...this.snapshot, order, present: new Set(order) });
    });
    for (const [key, mutation] of mutations) if (mutation !== 'destroyed') this.tag(key);
  }

  private onUpdate(editorState: EditorState): void {
    const { active, hasText } = editorState.read(() => {
      const root = $getRoot();
      return { active: new Set($markIdsAtSelection()), hasText: root.getChildrenSize() > 1 || root.getTextContentSize() > 0 };
    });
    const activeChanged = !sameSet(active, this.snapshot.active);
    if (!activeChanged && hasText === this.snapshot.hasText) return;
    this.publish({ ...this.snapshot, active, hasText });
    if (activeChanged) this.tagAll();
  }

  private publish(next: MarkSnapshot): void {
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }

  private stateOf = (id: string): string | undefined => {
    for (const states of this.states.values()) {
      const state = states.get(id);
      if (state !== undefined) return state;
    }
    return undefined;
  };

  private tagAll(): void {
    for (const key of this.idsByKey.keys()) this.tag(key);
  }

  private tag(key: NodeKey): void {
    const element = this.editor.getElementByKey(key);
    const ids = this.idsByKey.get(key);
    if (element === null || ids === undefined) return;
    const tags = markTags(ids, this.stateOf, this.snapshot.active);
    setAttribute(element, 'data-kind', tags?.kind ?? null);
    setAttribute(element, 'data-state', tags?.state ?? null);
    setAttribute(element, 'data-active', tags?.active ? 'true' : null);
  }
}

function setAttribute(element: HTMLElement, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

const registries = new WeakMap<LexicalEditor, MarkRegistry>();

export function markRegistryOf(editor: LexicalEditor): MarkRegistry {
  let registry = registries.get(editor);
  if (!registry) {
    registry = new MarkRegistry(editor);
    registries.set(editor, registry);
  }
  return registry;
}
