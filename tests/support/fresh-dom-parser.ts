import { JSDOM } from "jsdom";

// jsdom's querySelectorAll adds listeners to the window for every document it is first used in,
// so each DOMParser document makes the next call slower. Property tests parse thousands of
// documents: they take their DOMParser from a window that is replaced every `every` documents.

export interface FreshParsers {
  /** A DOMParser of the current window; a new window after every `every` calls. */
  next(): DOMParser;
  /** Whether any markup ran in any of the windows (a script or handler setting `__feedPwned`). */
  pwned(): boolean;
  close(): void;
}

type PwnableWindow = JSDOM["window"] & { __feedPwned?: boolean };

export function freshParsers(every = 200): FreshParsers {
  let dom: JSDOM | null = null;
  let used = 0;
  let pwned = false;
  const retire = () => {
    if (dom && (dom.window as PwnableWindow).__feedPwned !== undefined) pwned = true;
    dom?.window.close();
    dom = null;
  };
  return {
    next() {
      if (!dom || used >= every) {
        retire();
        // Scripts allowed in the window, so a script that escaped the inert documents would run.
        dom = new JSDOM("<!doctype html><body></body>", { runScripts: "dangerously" });
        used = 0;
      }
      used++;
      return new dom.window.DOMParser();
    },
    pwned: () => {
      if (dom && (dom.window as PwnableWindow).__feedPwned !== undefined) pwned = true;
      return pwned;
    },
    close: retire,
  };
}
