import { readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { chromiumVersion } from "./browser.mjs";

/** What the figures were measured on: they mean little without it. */
export function machine({ browser = true } = {}) {
  let cpu = cpus()[0]?.model ?? "unknown";
  try {
    const model = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (model) cpu = model[1].trim();
  } catch {
    // not Linux: os.cpus() is as good as it gets
  }
  return {
    cpu,
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    node: process.version,
    ...(browser ? { chromium: chromiumVersion() } : {}),
    date: new Date().toISOString(),
  };
}
