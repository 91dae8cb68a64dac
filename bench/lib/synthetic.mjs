// Synthetic glossaries: random multi-word phrases made of words that occur in the corpus, so
// that the trie is entered and followed as often as real text allows (random letters would
// almost never match and flatter the engine).

/** Mulberry32: a small seeded PRNG, so that every run draws the same glossary. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The corpus' `size` most frequent words of three or more letters, most frequent first. */
export function vocabulary(texts, size) {
  const counts = new Map();
  for (const { text } of texts) {
    for (const [word] of text.toLowerCase().matchAll(/\p{L}{3,}/gu))
      counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, size)
    .map(([w]) => w);
}

/** `n` distinct phrases of one to three words (30% / 45% / 25%), as case-insensitive form entries. */
export function syntheticForms(words, n, seed = 1) {
  const next = random(seed + n);
  const phrases = new Set();
  while (phrases.size < n) {
    const r = next();
    const length = r < 0.3 ? 1 : r < 0.75 ? 2 : 3;
    const phrase = Array.from({ length }, () => words[Math.floor(next() * words.length)]).join(" ");
    phrases.add(phrase);
  }
  return [...phrases].map((form, i) => ({ termId: `synthetic-${i}`, form, caseSensitive: false }));
}
