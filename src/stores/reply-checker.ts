/**
 * The reply checker as a chunk of its own: the coach store imports this module lazily, so the
 * checker's rules load when a writing box first needs them, then the checker loads its
 * data-heavy helpers as a further chunk.
 *
 * It imports the reply checker's own door (`engine/reply/index.ts`, which `engine/index.ts`
 * re-exports whole) rather than the engine's: through `engine/index.ts` the bundler keeps every
 * engine module it cannot prove free of side effects (validation, the account, what-if,
 * calculators: ~16 kB gzipped more), which a page that only coaches a draft does not need.
 * @see src/engine/reply/README.md
 */
export { loadReplyChecker } from '../engine/reply/index.ts';
