// Long work is cut into slices so no task blocks the page for long: scheduler.yield() where the
// browser has it (continuation keeps its priority), a macrotask otherwise.

interface SchedulerLike {
  yield?: () => Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A clock for slicing: `expired()` once `budgetMs` has passed; `pause()` yields and starts a new slice. */
export function sliceClock(budgetMs: number) {
  let started = performance.now();
  return {
    expired: () => performance.now() - started > budgetMs,
    pause: async () => {
      await yieldToPage();
      started = performance.now();
    },
  };
}

export type SliceClock = ReturnType<typeof sliceClock>;

/**
 * Runs a stepwise job (a generator that yields between steps) to its end, giving the page its
 * turn whenever the slice is used up. Null when `stopped()` turns true at a pause.
 */
export async function runInSlices<T>(
  steps: Generator<void, T>,
  clock: SliceClock,
  stopped: () => boolean = () => false,
): Promise<T | null> {
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) return r.value;
    if (!clock.expired()) continue;
    await clock.pause();
    if (stopped()) return null;
  }
}
