import { describe, expect, it } from "vitest";
import type { FormEntry } from "../../src/core/matcher.ts";
import { compileMatcher } from "../../src/core/trie-builder.ts";
import { buildTextModel, locate, rangeFor } from "../../src/dom/text-model.ts";

const matcher = compileMatcher(
  [
    ["cog", "center of gravity"],
    ["pfps", "patellofemoral pain syndrome"],
    ["knee", "knee"],
    ["hip", "hip"],
    ["lkp", "lateral knee pain"],
  ].map(([termId, form]): FormEntry => ({ termId: termId!, form: form!, caseSensitive: false })),
);

const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");

describe("text model", () => {
  const annotate = (body: string) => {
    const doc = parse(`<!doctype html><html><head><title>knee</title></head><body>${body}</body></html>`);
    const model = buildTextModel(doc.body);
    return {
      doc,
      model,
      found: matcher.scan(model.text).map((m) => [model.text.slice(m.start, m.end), m.termId]),
    };
  };

  it.each([
    ["<p>the center of <em>gravity</em> moves</p>", [["center of gravity", "cog"]]],
    ["<p>Pat<span>ello</span>femoral pain syndrome</p>", [["Patellofemoral pain syndrome", "pfps"]]],
    ["<p>lateral <a href='#'>knee</a> <b>pain</b></p>", [["lateral knee pain", "lkp"]]],
    ["<p>knee<!-- a comment -->s</p>", [["knees", "knee"]]],
  ])("joins inline splits: %s", (html, expected) => expect(annotate(html).found).toEqual(expected));

  it.each([
    ["<ul><li>lateral</li><li>knee pain</li></ul>", [["knee", "knee"]]],
    ["<p>center of</p><p>gravity</p>", []],
    ["<div>center of<div>gravity</div></div>", []],
    ["<table><tr><td>center of</td><td>gravity</td></tr></table>", []],
    ["<p>center of<br>gravity</p>", []],
    ["<p>lateral<div hidden>x</div>knee pain</p>", [["knee", "knee"]]],
  ])("never joins across blocks: %s", (html, expected) => expect(annotate(html).found).toEqual(expected));

  it.each([
    "<script>var knee = 1</script>",
    "<style>.hip{}</style>",
    "<noscript>knee</noscript>",
    "<template><p>knee</p></template>",
    "<textarea>knee</textarea>",
    "<input value='knee'>",
    "<select><option>knee</option></select>",
    "<div contenteditable>knee</div>",
    "<div contenteditable='true'><p>knee</p></div>",
    "<svg><text>knee</text></svg>",
    "<math><mi>hip</mi></math>",
    "<p hidden>knee</p>",
    "<img alt='knee' title='hip'>",
    "<backstride-root><p>knee</p></backstride-root>",
  ])("skips %s", (html) => expect(annotate(html).found).toEqual([]));

  it("annotates a contenteditable=false island", () => {
    expect(annotate("<div contenteditable='false'>hip</div>").found).toEqual([["hip", "hip"]]);
  });

  it("survives very deep nesting without recursion", () => {
    const depth = 5000;
    const body = "<span>".repeat(depth) + "knee" + "</span>".repeat(depth);
    expect(annotate(body).found).toEqual([["knee", "knee"]]);
  });

  it("maps matches back to text nodes and offsets", () => {
    const { model } = annotate("<p>the center of <em>grav</em>ity and <b>hip</b></p>");
    const [cog] = matcher.scan(model.text);
    const start = locate(model, cog!.start, false)!;
    const end = locate(model, cog!.end, true)!;
    expect([start.node.data, start.offset]).toEqual(["the center of ", 4]);
    expect([end.node.data, end.offset]).toEqual(["ity and ", 3]);
    // An end offset that falls where one node ends and the next begins stays in the first.
    const grav = model.starts[1]!;
    expect(locate(model, grav, true)!.node.data).toBe("the center of ");
    expect(locate(model, grav, false)!.node.data).toBe("grav");
  });
});

describe("ranges", () => {
  it("turns a match into a DOM Range over the page text", () => {
    const doc = new DOMParser().parseFromString(
      "<p>the center of <em>grav</em>ity and <b>hip</b></p>",
      "text/html",
    );
    const model = buildTextModel(doc.body);
    const [cog, hip] = matcher.scan(model.text);
    const range = rangeFor(model, doc, cog!.start, cog!.end)!;
    expect(range.startContainer.textContent).toBe("the center of ");
    expect(range.startOffset).toBe(4);
    expect(range.endContainer.textContent).toBe("ity and ");
    expect(range.endOffset).toBe(3);
    expect(range.toString()).toBe("center of gravity");
    expect(rangeFor(model, doc, hip!.start, hip!.end)!.toString()).toBe("hip");
  });
});
