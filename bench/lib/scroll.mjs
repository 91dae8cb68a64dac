/* global document, CSS */
import { awaitAnnotateMeasure } from "./probes.mjs";
import { median, round } from "./stats.mjs";

// The infinite-scroll case in the browser, with the built extension: a feed grows to 5,000
// paragraphs in batches, then single paragraphs are added one at a time. Backstride's work for
// each is read from the trace (the same analysis as for the corpus pages).

const PAGE = "<!doctype html><html><head><title>Feed</title></head><body><main></main></body></html>";

function paragraphs(forms, from, count) {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return `Post ${i}: after ${forms[i % forms.length]} most runners go back to easy running, and some add hill work or drills for ${forms[(i * 7) % forms.length]} before the next race.`;
  });
}

/** In the page: appends paragraphs, optionally marking the moment for the trace. */
function append({ texts, mark }) {
  const main = document.querySelector("main");
  if (mark) performance.mark(mark);
  for (const text of texts) {
    const p = document.createElement("p");
    p.textContent = text;
    main.append(p);
  }
  return main.childElementCount;
}

const sumMs = (tasks) => tasks.reduce((s, [, ms]) => s + ms, 0);

export async function infiniteScroll(
  runner,
  server,
  forms,
  { total = 5000, batch = 100, singles = 30 } = {},
) {
  const url = server.publish("bench-infinite-scroll.html", PAGE);
  const { tab } = runner;
  await runner.startTracing();
  const runUrl = await tab.load(url, 0);
  await tab.evaluate(awaitAnnotateMeasure, 30_000);
  const pause = () => tab.page.waitForTimeout(130); // Backstride batches mutations for 60 ms
  for (let n = 0; n < total; n += batch) {
    await tab.evaluate(append, {
      texts: paragraphs(forms, n, Math.min(batch, total - n)),
      mark: n === 0 ? "bench:grow" : null,
    });
    await pause();
  }
  for (let i = 0; i < singles; i++) {
    await tab.evaluate(append, { texts: paragraphs(forms, total + i, 1), mark: "bench:insert" });
    await pause();
  }
  await tab.evaluate(append, { texts: [], mark: "bench:end" });
  const highlights = await tab.evaluate(() => CSS.highlights.get("backstride-subtle")?.size ?? 0);
  const trace = (await runner.collectTasks()).get(runUrl);
  if (!trace) return { error: "no trace of the scenario" };

  const marks = trace.marks;
  const grow = marks.find(([n]) => n === "bench:grow")?.[1];
  const inserts = marks.filter(([n]) => n === "bench:insert").map(([, at]) => at);
  const end = marks.find(([n]) => n === "bench:end")?.[1];
  const within = (from, to) => trace.detail.filter(([start]) => start >= from && start < to);
  const growth = within(grow, inserts[0] ?? end);
  // Before the feed grows, the page's body has no text at all: the issue wants no work there.
  const empty = within(-Infinity, grow);
  const perInsert = inserts.map((at, i) =>
    within(at, inserts[i + 1] ?? end).reduce((s, [, ms]) => s + ms, 0),
  );
  const sorted = [...perInsert].sort((a, b) => a - b);
  // Evaluating the content script itself is the one cost no code change in it can avoid.
  const emptyWork = empty.filter(([, , , what]) => what !== "EvaluateScript");
  return {
    emptyBodyEvaluateMs: round(sumMs(empty.filter(([, , , what]) => what === "EvaluateScript"))),
    emptyBodyJsMs: round(sumMs(emptyWork)),
    emptyBodyLongestTaskMs: round(Math.max(0, ...emptyWork.map(([, ms]) => ms))),
    paragraphs: total,
    batch,
    growthLongestTaskMs: round(Math.max(0, ...growth.map(([, ms]) => ms))),
    growthTotalMs: round(growth.reduce((s, [, ms]) => s + ms, 0)),
    insertions: singles,
    medianMs: round(median(perInsert)),
    p95Ms: round(sorted[Math.floor(sorted.length * 0.95)]),
    maxMs: round(sorted.at(-1)),
    highlights,
    expectedAtLeast: (total + singles) * 2,
  };
}
