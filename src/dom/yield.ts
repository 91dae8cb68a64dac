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

/** A clock for slicing: true once `budgetMs` has passed since the last `reset()`. */
export function sliceClock(budgetMs: number) {
  let started = performance.now();
  return {
    expired: () => performance.now() - started > budgetMs,
    reset: () => {
      started = performance.now();
    },
  };
}
