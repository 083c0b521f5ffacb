/**
 * How the site names the two readings of the policy, the same way on every page: what the course
 * teaches (what quizzes and the desk assess) and what the marketplace's help pages say (what to
 * verify in Seller Central). Neither is ever called wrong.
 */

/** The label of the course's reading. */
export const COURSE_READING = 'The course (assessed)';
/** The label of the help pages' reading. */
export const HELP_READING = 'Help pages (to verify)';
/** One sentence that explains the convention, wherever both readings are shown. */
export const READINGS_CONVENTION =
  "Quizzes and the desk assess what the course teaches. Where the marketplace's help pages say something else, that is shown beside it, to verify in Seller Central before you rely on it.";
