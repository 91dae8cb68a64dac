export const CHROMIUM_PATH: string;
export function extensionFlags(ext: string, options?: { headless?: boolean }): string[];
export function chromiumFlags(options?: { headless?: boolean }): string[];
