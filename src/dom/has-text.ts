const SHOW_TEXT = 4;
const NOT_READABLE = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA"]);

/** Whether `root` holds any readable, non-blank text; stops at the first it finds. */
export function hasReadableText(root: Node): boolean {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (NOT_READABLE.has(node.parentElement?.nodeName ?? "")) continue;
    if (/\S/.test((node as Text).data)) return true;
  }
  return false;
}

/**
 * Calls `ready` once `root` has readable text: at once, or when a page that starts empty (an
 * app shell) fills in. Until then the only cost is one observer and a check per batch.
 */
export function whenTextArrives(root: Node, ready: () => void): void {
  if (hasReadableText(root)) return ready();
  let pending = false;
  const observer = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      if (!hasReadableText(root)) return;
      observer.disconnect();
      ready();
    }, 100);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
}
