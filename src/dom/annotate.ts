import type { Match, Matcher } from "../core/matcher.ts";
import { buildTextModel, rangeFor } from "./text-model.ts";

export interface Annotation {
  match: Match;
  range: Range;
}

/** Finds the terms under `root` and the DOM ranges that cover them. */
export function annotate(root: Node, matcher: Matcher): Annotation[] {
  const doc = root.ownerDocument ?? (root as Document);
  const model = buildTextModel(root);
  const annotations: Annotation[] = [];
  for (const match of matcher.scan(model.text)) {
    const range = rangeFor(model, doc, match.start, match.end);
    if (range) annotations.push({ match, range });
  }
  return annotations;
}
