import { compareRanges } from "./flat-order.ts";

// The live set of annotations on a page, indexed by the text nodes they touch so that a
// re-annotated block or a removed subtree drops its own entries without scanning the rest.

export interface Annotation {
  termId: string;
  /** The page text that matched, e.g. "ITBS" for the term iliotibial-band-syndrome. */
  text: string;
  range: Range;
}

export class AnnotationIndex {
  private readonly byNode = new Map<Text, Annotation[]>();
  private readonly all = new Set<Annotation>();
  private ordered: Annotation[] | null = null;

  get size(): number {
    return this.all.size;
  }

  add(annotation: Annotation): void {
    this.all.add(annotation);
    this.ordered = null;
    for (const node of endpoints(annotation)) {
      const list = this.byNode.get(node);
      if (list) list.push(annotation);
      else this.byNode.set(node, [annotation]);
    }
  }

  /** Removes every annotation that touches one of `nodes`; returns what was removed. */
  removeTouching(nodes: Iterable<Text>): Annotation[] {
    const removed: Annotation[] = [];
    for (const node of nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      for (const a of list) {
        if (!this.all.delete(a)) continue;
        removed.push(a);
        for (const other of endpoints(a)) if (other !== node) this.dropFrom(other, a);
      }
      this.byNode.delete(node);
    }
    if (removed.length) this.ordered = null;
    return removed;
  }

  clear(): void {
    this.byNode.clear();
    this.all.clear();
    this.ordered = null;
  }

  /** Annotations that start or end in `node`. */
  at(node: Text): readonly Annotation[] {
    return this.byNode.get(node) ?? [];
  }

  /** All annotations in page order, shadow trees included (sorted lazily, once per change). */
  inOrder(): readonly Annotation[] {
    this.ordered ??= [...this.all].sort((a, b) => compareRanges(a.range, b.range));
    return this.ordered;
  }

  private dropFrom(node: Text, a: Annotation): void {
    const list = this.byNode.get(node);
    if (!list) return;
    const i = list.indexOf(a);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.byNode.delete(node);
  }
}

function endpoints(a: Annotation): Text[] {
  const start = a.range.startContainer as Text;
  const end = a.range.endContainer as Text;
  return start === end ? [start] : [start, end];
}
