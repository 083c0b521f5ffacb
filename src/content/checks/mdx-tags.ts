/**
 * The lesson components in MDX text (`<Section id="…" title="…" facts={[…]}>`), read without an
 * MDX compiler: tags, their string attributes (either quote, so `title="The buyer's view"` is
 * read whole) and their `facts={[…]}` lists. Used by the content checks and by the pages that
 * link to sections.
 */

/** A component tag in the text, with its attributes as written. */
export interface Tag {
  name: string;
  attributes: string;
  /** Offset of `<` in the text. */
  offset: number;
  /** The text up to the closing tag (empty for a self-closing tag). */
  inner: string;
}

/** Every `<Name …>` tag of `names` in `text`, from `start`. */
export function tagsIn(text: string, names: readonly string[], start = 0): Tag[] {
  // Attribute values may hold `>`: quoted strings and {…} expressions are skipped whole.
  const pattern = new RegExp(
    `<(${names.join('|')})\\b((?:[^>"'{]|"[^"]*"|'[^']*'|\\{[^}]*\\})*)>`,
    'g',
  );
  pattern.lastIndex = start;
  const tags: Tag[] = [];
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const [whole, name = '', attributes = ''] = match;
    const selfClosing = attributes.trimEnd().endsWith('/');
    const close = selfClosing ? -1 : text.indexOf(`</${name}>`, match.index + whole.length);
    tags.push({
      name,
      attributes,
      offset: match.index,
      inner: close < 0 ? '' : text.slice(match.index + whole.length, close),
    });
  }
  return tags;
}

/** A string attribute (`id="x"`, `id='x'` or `id={"x"}`), or undefined when absent. */
export function stringAttribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(
    `(?:^|\\s)${name}=(?:"([^"]*)"|'([^']*)'|\\{\\s*(?:"([^"]*)"|'([^']*)')\\s*\\})`,
  ).exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '') : undefined;
}

/** The ids of `facts={["A", "B"]}`: null when the attribute is absent, 'malformed' when unreadable. */
export function factsAttribute(attributes: string): string[] | null | 'malformed' {
  if (!/(?:^|\s)facts=/.test(attributes)) return null;
  const match = /(?:^|\s)facts=\{\s*\[([^\]]*)\]\s*\}/.exec(attributes);
  if (!match) return 'malformed';
  const list = match[1] ?? '';
  const ids = [...list.matchAll(/"([^"]*)"|'([^']*)'/g)].map((id) => id[1] ?? id[2] ?? '');
  const leftover = list.replace(/"[^"]*"|'[^']*'/g, '').replace(/[\s,]/g, '');
  return leftover === '' ? ids : 'malformed';
}

/** The line of an offset in a text, counting from 1. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1))
    line += 1;
  return line;
}
