export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

export const sum = (xs) => xs.reduce((a, b) => a + b, 0);

/** Rounds for reports: 2 decimals under 10, 1 under 100, else whole numbers. */
export const round = (x) =>
  x === null || x === undefined || !Number.isFinite(x)
    ? null
    : Math.abs(x) < 10
      ? Math.round(x * 100) / 100
      : Math.abs(x) < 100
        ? Math.round(x * 10) / 10
        : Math.round(x);

/** Rejects when `promise` takes longer than `ms`, so one stuck page cannot stall the whole run. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
