/**
 * One fixed fast-check seed under mutation testing: a mutant is then killed or not by the same
 * generated histories on every run, so a rerun (and the incremental file) gives the same score.
 * `npm test` keeps random seeds.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: 20_261_201 });
