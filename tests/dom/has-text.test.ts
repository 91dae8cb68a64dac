import { describe, expect, it, vi } from "vitest";
import { hasReadableText, whenTextArrives } from "../../src/dom/has-text.ts";

const body = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, "text/html").body;

describe("readable text", () => {
  it.each([
    ["", false],
    ["   \n  <div> </div>", false],
    ["<script>var knee = 1</script><style>p{}</style><noscript>knee</noscript>", false],
    ["<div id=app></div><p>knee</p>", true],
  ])("%j → %s", (html, expected) => expect(hasReadableText(body(html))).toBe(expected));

  it("waits for an empty app shell to fill in, then starts once", async () => {
    vi.useFakeTimers();
    document.body.replaceChildren();
    const ready = vi.fn();
    whenTextArrives(document.body, ready);
    expect(ready).not.toHaveBeenCalled();
    document.body.append(document.createElement("div"));
    await vi.advanceTimersByTimeAsync(200);
    expect(ready).not.toHaveBeenCalled();
    const p = document.createElement("p");
    p.textContent = "lateral knee pain";
    document.body.append(p);
    await vi.advanceTimersByTimeAsync(200);
    document.body.append(document.createTextNode("more"));
    await vi.advanceTimersByTimeAsync(200);
    expect(ready).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
