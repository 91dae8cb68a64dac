import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url)).replace(/\/$/, "");

/** Scratch space for builds and extracted text: ignored by git along with node_modules. */
export const CACHE = `${ROOT}/node_modules/.cache/backstride-bench`;
