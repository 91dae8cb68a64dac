// Declarative shadow DOM for parsers that do not know it. Browsers parse
// <template shadowrootmode="open|closed"> into a shadow root of the template's parent; jsdom keeps
// a plain <template>, whose text the walk skips. Doing what the browser parser does gives
// `backstride scan` the tree the extension reads: open roots' text counted, closed ones not.

/** Turns every declarative shadow root template under `root` (nested ones too) into a shadow root. */
export function attachDeclarativeShadowRoots(root: ParentNode): void {
  const scopes: ParentNode[] = [root];
  for (let scope = scopes.pop(); scope; scope = scopes.pop()) {
    for (const template of scope.querySelectorAll("template[shadowrootmode]")) {
      const mode = template.getAttribute("shadowrootmode")!.toLowerCase();
      const host = template.parentElement;
      if (!host || (mode !== "open" && mode !== "closed")) continue;
      let shadow: ShadowRoot;
      try {
        shadow = host.attachShadow({ mode }); // refused for a second root or a host that cannot have one
      } catch {
        continue; // the browser keeps such a template as a plain one
      }
      shadow.append((template as HTMLTemplateElement).content);
      template.remove();
      scopes.push(shadow);
    }
  }
}
