/**
 * The reply checker as a chunk of its own: the coach store imports this module lazily, so the
 * checker's rules load when a writing box first needs them, then the checker loads its
 * data-heavy helpers as a further chunk. It goes through the engine's one door; the engine is
 * declared free of side effects (astro.config.mjs), so the chunk holds only the checker.
 * @see src/engine/reply/README.md
 */
export { loadReplyChecker } from '../engine/index.ts';
