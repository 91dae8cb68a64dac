import forms from "virtual:glossary-forms";
import browser from "../platform/browser.ts";
import { Matcher } from "../core/matcher.ts";
import { annotate } from "../dom/annotate.ts";
import { paint } from "../dom/highlighter.ts";
import { createClient } from "../messaging/client.ts";

// Wiring only. Editors and documents without a body are left alone.

function run(): void {
  const body = document.body;
  if (!body || document.designMode === "on" || body.isContentEditable) return;
  performance.mark("backstride:annotate-start");
  const annotations = annotate(body, new Matcher(forms));
  paint(
    window,
    annotations.map((a) => a.range),
  );
  performance.measure("backstride:annotate", "backstride:annotate-start");
  const termIds = [...new Set(annotations.map((a) => a.match.termId))];
  createClient((m) => browser.runtime.sendMessage(m))
    .call("page-terms", { termIds })
    .catch(() => {
      // The background may be restarting; the badge is a convenience, the page is unaffected.
    });
}

run();
