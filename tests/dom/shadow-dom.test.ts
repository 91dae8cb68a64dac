import { afterEach, describe, expect, it } from "vitest";
import type { FormEntry } from "../../src/core/matcher.ts";
import { compileMatcher } from "../../src/core/trie-builder.ts";
import { scanHtml } from "../../src/cli/scan-html.ts";
import type { Annotation } from "../../src/dom/annotation-index.ts";
import { attachDeclarativeShadowRoots } from "../../src/dom/declarative-shadow.ts";
import { dirtyRoots } from "../../src/dom/dirty-roots.ts";
import { compareRanges } from "../../src/dom/flat-order.ts";
import { annotationAtPoint } from "../../src/dom/hit-test.ts";
import { AnnotationIndex } from "../../src/dom/annotation-index.ts";
import { PageAnnotator } from "../../src/dom/page-annotator.ts";
import { buildTextModel, rangeFor } from "../../src/dom/text-model.ts";
import { textNodesIn } from "../../src/dom/text-nodes.ts";

// Open shadow roots are read as the page renders them (the flat tree); closed ones stay out.

const matcher = compileMatcher(
  ["knee", "hip", "lateral knee pain", "center of gravity", "shin splints"].map((form): FormEntry => ({
    termId: form.replace(/ /g, "-"),
    form,
    caseSensitive: false,
  })),
);
const BREAK = "\u2029";

afterEach(() => document.body.replaceChildren());

/** Parsed nodes of an HTML fragment (tests build pages without innerHTML, as the code does). */
const nodes = (html: string) => [...new DOMParser().parseFromString(html, "text/html").body.childNodes];

/** Puts `html` in the body; every element with data-open / data-closed gets that shadow root. */
function page(html: string, shadows: Record<string, string> = {}): void {
  document.body.replaceChildren(...nodes(html));
  for (const el of document.querySelectorAll<HTMLElement>("[data-open], [data-closed]")) {
    const open = el.hasAttribute("data-open");
    const key = el.getAttribute(open ? "data-open" : "data-closed")!;
    el.attachShadow({ mode: open ? "open" : "closed" }).append(...nodes(shadows[key] ?? ""));
  }
  // Hosts inside shadow trees, to any depth.
  for (let again = true; again;) {
    again = false;
    const roots = [...allOpenRoots(document.body)];
    for (const root of roots)
      for (const el of root.querySelectorAll<HTMLElement>("[data-open]")) {
        if (el.shadowRoot) continue;
        el.attachShadow({ mode: "open" }).append(...nodes(shadows[el.getAttribute("data-open")!] ?? ""));
        again = true;
      }
  }
}

function* allOpenRoots(root: ParentNode): Generator<ShadowRoot> {
  for (const el of root.querySelectorAll("*"))
    if (el.shadowRoot) {
      yield el.shadowRoot;
      yield* allOpenRoots(el.shadowRoot);
    }
}

const readable = (text: string) => text.replace(/\u2029$/, "").replaceAll(BREAK, " | ");

describe("the text model in shadow DOM", () => {
  it("reads an open shadow root instead of the host's children, and leaves a closed one out", () => {
    page(
      `<p>light knee</p><div data-open="a">unassigned hip</div><div data-closed="b">closed host's own hip</div>`,
      { a: "<p>open shadow knee</p>", b: "<p>closed shadow knee</p>" },
    );
    const seen: ShadowRoot[] = [];
    const model = buildTextModel(document.body, (r) => seen.push(r));
    expect(readable(model.text)).toBe("light knee | open shadow knee | closed host's own hip");
    expect(seen).toEqual([document.querySelector("[data-open]")!.shadowRoot]);
  });

  it("reads slotted children where their slot is, and a slot's fallback when nothing is assigned", () => {
    page(
      `<div data-open="card"><span slot="title">Shin splints</span>about the <b>knee</b><i slot="nowhere">hip</i></div>`,
      {
        card: `<h2><slot name="title">no title</slot></h2><p>Read: <slot>nothing</slot>.</p><p><slot name="empty">fallback hip</slot></p>`,
      },
    );
    const model = buildTextModel(document.body);
    expect(readable(model.text)).toBe("Shin splints | Read:  | about the knee | . | fallback hip");
  });

  it("follows slots assigned to slots (flattened), and reads every text node once", () => {
    page(`<div data-open="outer">outer light knee</div>`, {
      outer: `<p>outer shadow <span data-open="inner"><slot></slot></span></p>`,
      inner: `<em>[<slot>inner fallback</slot>]</em>`,
    });
    const model = buildTextModel(document.body);
    expect(readable(model.text)).toBe("outer shadow  | [ | outer light knee | ]");
    const nodes = model.nodes;
    expect(new Set(nodes).size).toBe(nodes.length);
  });

  it("separates text of different trees, so every match is one valid Range", () => {
    page(
      `<p><span data-open="a">lateral knee pain</span>, the lateral <span data-open="b"> pain</span></p>`,
      {
        a: "<slot></slot>",
        b: "knee<slot></slot>",
      },
    );
    const model = buildTextModel(document.body);
    const found = matcher.scan(model.text).map((m) => {
      const range = rangeFor(model, document, m.start, m.end)!;
      expect(range.toString()).toBe(model.text.slice(m.start, m.end));
      return range.toString();
    });
    // "lateral" (light) + "knee" (shadow) + " pain" (light) is no phrase: it would span trees.
    expect(found).toEqual(["lateral knee pain", "knee"]);
  });

  it("keeps block breaks inside shadow trees, and skips hidden hosts and skipped shadow content", () => {
    page(`<p>center of <span data-open="a"></span> gravity</p><div hidden data-open="b"></div>`, {
      a: "<div>knee</div><script>hip</script><p hidden>hip</p>",
      b: "<p>hip</p>",
    });
    const seen: ShadowRoot[] = [];
    const model = buildTextModel(document.body, (r) => seen.push(r));
    expect(readable(model.text)).toBe("center of  | knee |  gravity");
    expect(seen).toHaveLength(1);
  });

  it("walks shadow roots nested 2,000 deep without recursion", () => {
    let host = document.body;
    for (let i = 0; i < 2000; i++) {
      const inner = document.createElement("span");
      (host === document.body ? host : host.shadowRoot!).append(inner);
      inner.attachShadow({ mode: "open" }).append(i % 2 ? "" : " ");
      host = inner;
    }
    host.shadowRoot!.append("deep knee");
    const model = buildTextModel(document.body);
    expect(model.text.trim()).toBe("deep knee");
  });

  it("reads one shadow host as the root, as a re-annotated block", () => {
    page(`<div data-open="a">light</div>`, { a: "<p>hip</p>" });
    expect(buildTextModel(document.querySelector("div")!).text).toBe(`hip${BREAK}`);
  });
});

describe("keeping up with shadow DOM", () => {
  it("finds the text nodes of removed subtrees inside their open shadow roots too", () => {
    page(`<div data-open="a">light</div>`, { a: "<p>knee <span data-open='b'></span></p>", b: "hip" });
    expect(
      textNodesIn(document.querySelector("div")!)
        .map((t) => t.data)
        .sort(),
    ).toEqual(["hip", "knee ", "light"]);
  });

  it("dirties the block a change is shown in: inside the shadow tree, or none when unassigned", () => {
    page(`<section><div data-open="a">slotted <b>hip</b><i slot="gone">unshown</i></div></section>`, {
      a: "<p>shadow <em>knee</em></p><blockquote><slot></slot></blockquote>",
    });
    const root = document.querySelector("div")!.shadowRoot!;
    const em = root.querySelector("em")!.firstChild!;
    const slotted = document.querySelector("b")!.firstChild!;
    const unshown = document.querySelector("i")!.firstChild!;
    expect(dirtyRoots([em], document.body)).toEqual([root.querySelector("p")]);
    expect(dirtyRoots([slotted], document.body)).toEqual([root.querySelector("blockquote")]);
    expect(dirtyRoots([unshown], document.body)).toEqual([]);
    expect(dirtyRoots([root], document.body)).toEqual([document.querySelector("div")]); // the host
    // A block inside another dirty block is covered by it, across the shadow boundary.
    expect(dirtyRoots([em, document.querySelector("section")!], document.body)).toEqual([
      document.querySelector("section"),
    ]);
  });

  it("orders ranges of different trees by where their trees sit, consistently", () => {
    page(`<p>first knee</p><div data-open="a"></div><p>last knee</p>`, {
      a: "<p>middle <span data-open='b'></span> knee</p>",
      b: "inner knee",
    });
    const host = document.querySelector("div")!;
    const a = host.shadowRoot!;
    const b = a.querySelector("span")!.shadowRoot!;
    const range = (node: Node) => {
      const r = document.createRange();
      r.selectNodeContents(node);
      return r;
    };
    const ordered = [
      range(document.querySelector("p")!.firstChild!),
      range(a.querySelector("p")!.firstChild!),
      range(b.firstChild!),
      range(a.querySelector("p")!.lastChild!),
      range(document.querySelectorAll("p")[1]!.firstChild!),
    ];
    const shuffled = [ordered[3]!, ordered[0]!, ordered[4]!, ordered[2]!, ordered[1]!];
    expect(shuffled.sort(compareRanges)).toEqual(ordered);
  });

  it("annotates open shadow roots, observes them, and finds a root attached later when its block changes", async () => {
    page(`<article><p>light knee</p><div data-open="a"></div><p id="later">host to be: </p></article>`, {
      a: "<p>shadow hip</p>",
    });
    const controller = new AbortController();
    const annotator = new PageAnnotator(
      document,
      matcher,
      { changed: () => {} },
      () => false,
      controller.signal,
    );
    const texts = () => annotator.index.inOrder().map((a) => a.text);
    await annotator.start();
    expect(texts()).toEqual(["knee", "hip"]);
    const root = document.querySelector("div")!.shadowRoot!;
    expect(annotator.shadowRoots).toEqual([root]);

    root.querySelector("p")!.append(" and shin splints");
    await new Promise((r) => setTimeout(r, 100)); // the observer's batch
    await annotator.flush();
    expect(texts()).toEqual(["knee", "hip", "shin splints"]);

    // A root attached later is not seen until the block around its host is read again.
    const later = document.createElement("span");
    later.attachShadow({ mode: "open" }).append("center of gravity");
    document.getElementById("later")!.append(later);
    await new Promise((r) => setTimeout(r, 100));
    await annotator.flush();
    expect(texts()).toEqual(["knee", "hip", "shin splints", "center of gravity"]);
    expect(annotator.shadowRoots).toHaveLength(2);

    document.querySelector("div")!.remove();
    await new Promise((r) => setTimeout(r, 100));
    await annotator.flush();
    expect(texts()).toEqual(["knee", "center of gravity"]);
    expect(annotator.shadowRoots).toEqual([later.shadowRoot]);
    controller.abort();
  });
});

describe("hit tests in shadow trees", () => {
  it("hands the open shadow roots to highlightsFromPoint", () => {
    page(`<div data-open="a"></div>`, { a: "<p>knee</p>" });
    const root = document.querySelector("div")!.shadowRoot!;
    const range = document.createRange();
    range.selectNodeContents(root.querySelector("p")!.firstChild!);
    const index = new AnnotationIndex();
    const annotation: Annotation = { termId: "knee", text: "knee", range };
    index.add(annotation);
    const asked: unknown[] = [];
    const win = document.defaultView as unknown as { CSS: unknown };
    const saved = win.CSS;
    win.CSS = {
      highlights: {
        highlightsFromPoint: (_x: number, _y: number, options: { shadowRoots: ShadowRoot[] }) => {
          asked.push(options.shadowRoots);
          return options.shadowRoots.includes(root) ? [{ ranges: [range] }] : [];
        },
      },
    };
    try {
      expect(annotationAtPoint(document, 1, 1, index, [root])).toBe(annotation);
      expect(annotationAtPoint(document, 1, 1, index)).toBeNull();
      expect(asked).toEqual([[root], []]);
    } finally {
      win.CSS = saved;
    }
  });
});

describe("declarative shadow DOM in the scan CLI", () => {
  it("reads open declarative roots (nested too) as a browser parses them, and leaves closed ones out", () => {
    const html = [
      `<!doctype html><body>`,
      `<div><template shadowrootmode="open"><p>open knee</p><span><template shadowrootmode="open">nested hip</template></span><slot></slot></template><b>slotted center of gravity</b></div>`,
      `<div><template shadowrootmode="closed"><p>closed knee</p><slot></slot></template><p>closed host's shin splints</p></div>`,
      `<template><p>plain template hip</p></template>`,
    ].join("");
    const { matches, text } = scanHtml(html, matcher);
    expect(readable(text)).toBe(
      "open knee | nested hip | slotted center of gravity | closed host's shin splints",
    );
    expect(matches.map((m) => m.termId)).toEqual(["knee", "hip", "center-of-gravity", "shin-splints"]);
  });

  it("keeps a second template for the same host as a plain template", () => {
    page(
      `<div><template shadowrootmode="open">a</template><template shadowrootmode="open">b</template></div>`,
    );
    attachDeclarativeShadowRoots(document);
    const div = document.querySelector("div")!;
    expect(div.shadowRoot!.textContent).toBe("a");
    expect(div.querySelectorAll("template")).toHaveLength(1);
  });
});
