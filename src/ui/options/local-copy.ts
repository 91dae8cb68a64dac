import { useState } from "preact/hooks";

/**
 * A prop the page may change ahead of its owner (an optimistic save). The local value holds only
 * while the prop is the one it was set against: new data from storage always wins.
 */
export function useLocalCopy<T>(prop: T): [T, (value: T) => void] {
  const [local, setLocal] = useState<{ base: T; value: T } | null>(null);
  const value = local && local.base === prop ? local.value : prop;
  return [value, (next: T) => setLocal({ base: prop, value: next })];
}
