// Finding and using the controls of a rendered page the way a user does: by label and button
// text, typing and clicking, then letting Preact settle. `root` is read on every call, so a test
// file may make a new container before each test.

/** Waits one task: long enough for Preact to re-render and run its effects. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

export function formControls(root: () => ParentNode) {
  /** The control whose label starts with `text` (or matches it). */
  const labelled = <T extends HTMLElement = HTMLInputElement>(text: string | RegExp): T => {
    const label = [...root().querySelectorAll("label")].find((l) =>
      typeof text === "string" ? l.textContent?.trim().startsWith(text) : text.test(l.textContent ?? ""),
    );
    if (!label) throw new Error(`no label ${String(text)}`);
    return document.getElementById(label.htmlFor) as T;
  };
  /** The button whose text is `text` (or matches it). */
  const button = (text: string | RegExp) => {
    const b = [...root().querySelectorAll("button")].find((el) =>
      typeof text === "string" ? el.textContent === text : text.test(el.textContent ?? ""),
    );
    if (!b) throw new Error(`no button ${String(text)}`);
    return b;
  };
  /** Sets a field's value as typing does: "input" for text fields, "change" for a select. */
  async function type(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
    el.value = value;
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
    await settle();
  }
  async function click(el: HTMLElement) {
    el.click();
    await settle();
  }
  /** The field errors a control is described by, joined by spaces. */
  const errorFor = (el: HTMLElement) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id))
      .filter((e) => e?.classList.contains("field-error"))
      .map((e) => e!.textContent)
      .join(" ");
  return { labelled, button, type, click, errorFor };
}
