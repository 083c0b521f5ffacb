/**
 * Where each fact's Policy check is: the lesson section holding a `<PolicyCheck>` that cites
 * it (`/learn/<module>/<lesson>/#<section>`), for links from the sandbox's comparison of the
 * two readings. Read from the lessons at build time, so a moved check moves its link.
 */
import { lessonHref, orderedLessons } from './course.ts';

/** A link to a lesson section. */
export interface SectionLink {
  href: string;
  title: string;
}

const SECTION = /<Section\b[^>]*\bid=["']([^"']+)["'][^>]*\btitle=["']([^"']+)["']/g;
const POLICY_CHECK = /<PolicyCheck\b[^>]*\bfacts=\{\[([^\]]*)\]\}/g;

/** The first Policy check of each fact, by fact ID. */
export async function policyCheckLinks(): Promise<Record<string, SectionLink>> {
  const links: Record<string, SectionLink> = {};
  for (const lesson of await orderedLessons()) {
    const body = lesson.body ?? '';
    const sections = [...body.matchAll(SECTION)].map((match) => ({
      at: match.index ?? 0,
      id: match[1] ?? '',
      title: match[2] ?? '',
    }));
    for (const check of body.matchAll(POLICY_CHECK)) {
      const at = check.index ?? 0;
      const section = sections.filter((candidate) => candidate.at < at).at(-1);
      if (section === undefined) continue;
      for (const fact of (check[1] ?? '').matchAll(/["']([^"']+)["']/g))
        links[fact[1] ?? ''] ??= {
          href: lessonHref(lesson.id, section.id),
          title: `${lesson.data.title}: ${section.title}`,
        };
    }
  }
  return links;
}
