/**
 * The moment the lesson calculators take as "now": a fixed Monday rather than the trainee's
 * clock, so the figures on screen match the lessons' worked examples and the tests. The engine
 * takes it as an argument; no date lives in the engine for them.
 */
export const LESSON_EXAMPLE_NOW = '2026-03-02T12:00:00+01:00';
