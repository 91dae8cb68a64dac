import { afterEach, describe, expect, it, vi } from "vitest";
import type { FormEntry } from "../../src/core/matcher.ts";
import { compileMatcher } from "../../src/core/trie-builder.ts";
import type { Annotation } from "../../src/dom/annotation-index.ts";
import { PageAnnotator } from "../../src/dom/page-annotator.ts";
import { buildTextModel, textModelSteps } from "../../src/dom/text-model.ts";

const forms: FormEntry[] = ["knee", "hip", "lateral knee pain", "center of gravity"].map((form) => ({
  termId: form.replace(/ /g, "-"),
  form,
  caseSensitive: false,
}));

const running: AbortController[] = [];
afterEach(() => running.splice(0).forEach((c) => c.abort()));

function setup(html: string) {
  document.body.replaceChildren(...new DOMParser().parseFromString(html, "text/html").body.childNodes);
  const matcher = compileMatcher(forms);
  const scan = vi.spyOn(matcher, "scan");
  const events: { added: string[]; removed: string[] }[] = [];
  const controller = new AbortController();
  running.push(controller);
  const annotator = new PageAnnotator(
    document,
    matcher,
    {
      changed: (added: readonly Annotation[], removed: readonly Annotation[]) =>
        events.push({ added: added.map((a) => a.text), removed: removed.map((a) => a.text) }),
    },
    (node) => (node as Element).localName === "backstride-root",
    controller.signal,
  );
  const texts = () => annotator.index.inOrder().map((a) => a.text);
  return { annotator, scan, events, controller, texts };
}

describe("PageAnnotator", () => {
  it("annotates the body once and records the measure", async () => {
    const { annotator, texts } = setup("<p>knee and hip</p><p>center of gravity</p>");
    performance.clearMeasures();
    await annotator.start();
    expect(texts()).toEqual(["knee", "hip", "center of gravity"]);
    expect(performance.getEntriesByName("backstride:annotate")).toHaveLength(1);
  });

  it("re-annotates only an inserted paragraph, not its siblings", async () => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => `<p>paragraph ${i} about the knee</p>`).join("");
    const { annotator, scan, texts } = setup(`<article>${paragraphs}</article>`);
    await annotator.start();
    scan.mockClear();
    const p = document.createElement("p");
    p.textContent = "new hip text";
    document.querySelector("article")!.append(p);
    await annotator.flush();
    expect(scan).toHaveBeenCalledTimes(1);
    expect(scan.mock.calls[0]![0]).toBe("new hip text");
    expect(texts()).toHaveLength(51);
  });

  it("re-joins a phrase when inline text changes inside its block", async () => {
    const { annotator, texts } = setup("<p id=p>lateral <b>knee</b> ache</p>");
    await annotator.start();
    expect(texts()).toEqual(["knee"]);
    document.querySelector("#p")!.lastChild!.textContent = " pain";
    await annotator.flush();
    expect(texts()).toEqual(["lateral knee pain"]);
  });

  it("drops annotations of removed nodes and of edited text", async () => {
    const { annotator, texts, events } = setup("<p id=a>knee</p><p id=b>hip</p>");
    await annotator.start();
    document.querySelector("#a")!.remove();
    await annotator.flush();
    expect(texts()).toEqual(["hip"]);
    expect(events.at(-1)).toEqual({ added: [], removed: ["knee"] });
    document.querySelector("#b")!.firstChild!.textContent = "nothing here";
    await annotator.flush();
    expect(texts()).toEqual([]);
  });

  it("ignores changes inside its own UI and stops observing when aborted", async () => {
    const { annotator, scan, controller, texts } = setup("<p>knee</p>");
    await annotator.start();
    scan.mockClear();
    const own = document.createElement("backstride-root");
    own.textContent = "hip";
    document.documentElement.append(own);
    own.textContent = "knee hip";
    await annotator.flush();
    expect(scan).not.toHaveBeenCalled();
    controller.abort();
    document.body.append(document.createElement("p"));
    await annotator.flush();
    expect(scan).not.toHaveBeenCalled();
    expect(texts()).toEqual([]);
    own.remove();
  });
});

describe("sliced first pass", () => {
  it("finds exactly what one unsliced scan finds on a page larger than a scan window", async () => {
    // Few nodes, much text: long paragraphs put block breaks well inside and across windows.
    const filler = "plain words that match nothing at all, repeated to fill the line ".repeat(60);
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>line ${i}: knee ${filler} the hip</p>`);
    const { annotator, texts } = setup(`<article>${paragraphs.join("")}</article>`);
    await annotator.start();
    const whole = compileMatcher(forms).scan(buildTextModel(document.body).text).length;
    expect(texts()).toHaveLength(whole);
    expect(whole).toBe(80);
    expect(buildTextModel(document.body).text.length).toBeGreaterThan(64 * 1024);
  });

  it("builds the same text model step by step as in one go", () => {
    document.body.replaceChildren(
      ...new DOMParser().parseFromString("<p>a <b>knee</b></p><div>hip<br>x</div>", "text/html").body
        .childNodes,
    );
    const steps = textModelSteps(document.body, 1);
    let pauses = 0;
    let r = steps.next();
    while (!r.done) {
      pauses++;
      r = steps.next();
    }
    expect(pauses).toBeGreaterThan(3);
    expect(r.value).toEqual(buildTextModel(document.body));
  });
});
