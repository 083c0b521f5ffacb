/** Where content checks report what they find: a zod refinement context, or a list. */

/** A problem found in one file, at a path inside it (keys and 0-based list positions, as zod gives them). */
export interface PathIssue {
  path: (string | number)[];
  message: string;
}

/** Receives issues: zod's refinement context (`ctx`) fits, so a check runs inside a schema. */
export interface IssueSink {
  addIssue(issue: { code: 'custom'; path: (string | number)[]; message: string }): void;
}

/** A sink that collects issues into a list, for checks run outside a schema. */
export function collectIssues(): IssueSink & { issues: PathIssue[] } {
  const issues: PathIssue[] = [];
  return {
    issues,
    addIssue: ({ path, message }) => {
      issues.push({ path, message });
    },
  };
}

/** "1, 2 and 3" */
export function listOf(items: readonly (string | number)[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
