/**
 * The packages' manifests, from the course's units (`src/lms/lms-course.ts`): one unit per
 * module, listing its lessons, quiz and desk scenarios, with the quiz's pass mark as the mastery
 * score, and one for the final assessment.
 * - SCORM 1.2: `imsmanifest.xml`, one SCO per unit, `adlcp:masteryscore` in percent.
 * - SCORM 2004 4th edition: `imsmanifest.xml`, one SCO per unit whose primary objective is
 *   satisfied by a measure of at least the pass mark (`imsss:minNormalizedMeasure`).
 * - cmi5: `cmi5.xml`, one AU per unit: a module moves on when completed and passed, the final
 *   when passed, each with its `masteryScore`.
 */
import type { LmsCourse, LmsModule } from '../../src/lms/lms-course.ts';
import { COURSE_IRI } from '../../src/lib/xapi/vocabulary.ts';

/** Text escaped for XML content and attributes. */
function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A unit of the package: a module or the final. */
interface Unit {
  id: string;
  title: string;
  passMark: number | null;
  /** The unit's own pages (package paths), listed in its resource. */
  pages: string[];
  /** Its lessons, quiz and scenarios, for the description. */
  outline: string;
}

/** The package path of a site page (`/learn/x/` → `learn/x/index.html`). */
const pageFile = (path: string) => `${path.replace(/^\//, '')}index.html`;

function moduleUnit(module: LmsModule): Unit {
  return {
    id: module.id,
    title: `Module ${module.number}: ${module.title}`,
    passMark: module.passMark,
    pages: [
      ...module.lessons.map((lesson) => pageFile(lesson.path)),
      ...(module.quiz ? [pageFile(module.quiz.path)] : []),
      ...module.scenarios.map((scenario) => pageFile(scenario.path)),
    ],
    outline: [
      `Lessons: ${module.lessons.map((lesson) => lesson.title).join('; ')}.`,
      module.quiz ? `Quiz: ${module.quiz.title}.` : '',
      module.scenarios.length > 0
        ? `Desk scenarios (one to play): ${module.scenarios.map((scenario) => scenario.title).join('; ')}.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  };
}

/** The units of a course, modules in order, then the final. */
export function units(course: LmsCourse): Unit[] {
  return [
    ...course.modules.map(moduleUnit),
    ...(course.final
      ? [
          {
            id: 'final',
            title: course.final.title,
            passMark: course.final.passMark,
            pages: [pageFile(course.final.path)],
            outline: `${course.final.title}: questions drawn from every module quiz.`,
          },
        ]
      : []),
  ];
}

/** The launch file an LMS opens for a SCORM unit (it forwards to the launch page with the unit). */
export const scormLaunchFile = (unitId: string) => `lms/unit-${unitId}.html`;

/** The launch file's text. */
export function scormLaunchHtml(unitId: string, title: string): string {
  const target = `index.html?module=${encodeURIComponent(unitId)}`;
  return `<!doctype html>
<html lang="en" data-packaged>
<head><meta charset="utf-8"><title>${xml(title)}</title>
<script>location.replace(${JSON.stringify(target)} + location.hash);</script></head>
<body><p><a href="${xml(target)}">Open ${xml(title)}</a></p></body>
</html>
`;
}

const percent = (share: number) => String(Math.round(share * 100));

function files(paths: readonly string[], indent: string): string {
  return paths.map((path) => `${indent}<file href="${xml(path)}"/>`).join('\n');
}

/** SCORM 1.2's imsmanifest.xml. `siteFiles` are every other file of the package. */
export function scorm12Manifest(course: LmsCourse, siteFiles: readonly string[]): string {
  const list = units(course);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="support-desk-academy" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="course">
    <organization identifier="course">
      <title>${xml(course.title)}</title>
${list
  .map(
    (
      unit,
    ) => `      <item identifier="item-${unit.id}" identifierref="sco-${unit.id}" isvisible="true">
        <title>${xml(unit.title)}</title>${unit.passMark === null ? '' : `\n        <adlcp:masteryscore>${percent(unit.passMark)}</adlcp:masteryscore>`}
      </item>`,
  )
  .join('\n')}
    </organization>
  </organizations>
  <resources>
${list
  .map(
    (
      unit,
    ) => `    <resource identifier="sco-${unit.id}" type="webcontent" adlcp:scormtype="sco" href="${scormLaunchFile(unit.id)}">
      <file href="${scormLaunchFile(unit.id)}"/>
${files(unit.pages, '      ')}
      <dependency identifierref="site"/>
    </resource>`,
  )
  .join('\n')}
    <resource identifier="site" type="webcontent" adlcp:scormtype="asset">
${files(siteFiles, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** SCORM 2004 4th edition's imsmanifest.xml. */
export function scorm2004Manifest(course: LmsCourse, siteFiles: readonly string[]): string {
  const list = units(course);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="support-desk-academy" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="course">
    <organization identifier="course">
      <title>${xml(course.title)}</title>
${list
  .map(
    (unit) => `      <item identifier="item-${unit.id}" identifierref="sco-${unit.id}">
        <title>${xml(unit.title)}</title>${
          unit.passMark === null
            ? ''
            : `
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${unit.id}-quiz" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${unit.passMark}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`
        }
      </item>`,
  )
  .join('\n')}
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
  <resources>
${list
  .map(
    (
      unit,
    ) => `    <resource identifier="sco-${unit.id}" type="webcontent" adlcp:scormType="sco" href="${scormLaunchFile(unit.id)}">
      <file href="${scormLaunchFile(unit.id)}"/>
${files(unit.pages, '      ')}
      <dependency identifierref="site"/>
    </resource>`,
  )
  .join('\n')}
    <resource identifier="site" type="webcontent" adlcp:scormType="asset">
${files(siteFiles, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

const langstring = (text: string) => `<langstring lang="en">${xml(text)}</langstring>`;

/** The AU id of a unit (an IRI under the course's). */
const auIri = (unitId: string) => `${COURSE_IRI}/units/${unitId}`;

/** cmi5's cmi5.xml. */
export function cmi5Structure(course: LmsCourse): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(COURSE_IRI)}">
    <title>${langstring(course.title)}</title>
    <description>${langstring(course.description)}</description>
  </course>
${units(course)
  .map(
    (
      unit,
    ) => `  <au id="${xml(auIri(unit.id))}" moveOn="${unit.id === 'final' ? 'Passed' : unit.passMark === null ? 'Completed' : 'CompletedAndPassed'}"${unit.passMark === null ? '' : ` masteryScore="${unit.passMark}"`} launchMethod="AnyWindow">
    <title>${langstring(unit.title)}</title>
    <description>${langstring(unit.outline)}</description>
    <url>${xml(`lms/index.html?module=${encodeURIComponent(unit.id)}`)}</url>
  </au>`,
  )
  .join('\n')}
</courseStructure>
`;
}
