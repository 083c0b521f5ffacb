/** Choosing and arranging questions: the final's random sample, and a stable shuffle for ordering questions. */

/** A question as the pages hand it to the islands: the content plus where it lives. */
export interface BankEntry {
  /** `quiz-id/question-id`, unique across the bank. */
  key: string;
  module: string;
}

/**
 * A sample of `count` questions spread evenly over the modules (the remainder goes to modules
 * chosen at random), in random order. `random` returns numbers in [0, 1), like Math.random.
 */
export function drawSample<T extends BankEntry>(
  bank: readonly T[],
  count: number,
  random: () => number,
): T[] {
  const byModule = new Map<string, T[]>();
  for (const entry of bank)
    byModule.set(entry.module, [...(byModule.get(entry.module) ?? []), entry]);
  const modules = shuffle([...byModule.keys()], random);
  const pools = new Map(
    modules.map((module) => [module, shuffle(byModule.get(module) ?? [], random)]),
  );
  const drawn: T[] = [];
  while (drawn.length < Math.min(count, bank.length)) {
    for (const module of modules) {
      const next = pools.get(module)?.pop();
      if (next && drawn.length < count) drawn.push(next);
    }
  }
  return shuffle(drawn, random);
}

/** A copy of `items` in random order (Fisher–Yates). */
function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** A small seeded generator (mulberry32), so a shuffle can be repeated from a seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A number from a text, to seed a shuffle that stays the same across reloads. */
function seedOf(text: string): number {
  let hash = 2_166_136_261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16_777_619);
  return hash >>> 0;
}

/** The order in which an ordering question shows its steps: shuffled, never already solved. */
export function scrambledSteps(key: string, count: number): number[] {
  const identity = Array.from({ length: count }, (_, index) => index);
  if (count < 2) return identity;
  const random = seededRandom(seedOf(key));
  let order = shuffle(identity, random);
  while (order.every((step, index) => step === index)) order = shuffle(identity, random);
  return order;
}
