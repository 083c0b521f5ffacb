/** The search page's query rewriting: other names (German, French, spellings) to the course's word. */

/**
 * The query to run for what the trainee typed: each other name found in it (as whole words,
 * longest first) replaced by the course's word. Returns the query unchanged when none is found.
 */
export function rewriteQuery(query: string, synonyms: Readonly<Record<string, string>>): string {
  let rewritten = ` ${query.trim().replace(/\s+/g, ' ')} `;
  const lower = () => rewritten.toLowerCase();
  for (const name of Object.keys(synonyms).sort((a, b) => b.length - a.length)) {
    const at = lower().indexOf(` ${name} `);
    if (at >= 0)
      rewritten = `${rewritten.slice(0, at + 1)}${synonyms[name] ?? name}${rewritten.slice(at + 1 + name.length)}`;
  }
  return rewritten.trim();
}
