// Saved pages come in many encodings (the corpus has windows-1256 Arabic); decode the way a
// browser would before anything is matched: BOM first, then a <meta> charset in the first 1 KB.

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xfe, 0xff], "utf-16be"],
  [[0xff, 0xfe], "utf-16le"],
];

export function sniffCharset(bytes: Uint8Array): string {
  for (const [bom, label] of BOMS) if (bom.every((b, i) => bytes[i] === b)) return label;
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return meta?.[1]?.toLowerCase() ?? "utf-8";
}

export function decodeHtml(bytes: Uint8Array): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(sniffCharset(bytes));
  } catch {
    decoder = new TextDecoder("utf-8"); // an unknown label: browsers fall back the same way
  }
  return decoder.decode(bytes);
}
