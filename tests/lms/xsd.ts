/** Validates the packages' manifests against the SCORM XSDs and the cmi5 course structure XSD (xmllint-wasm). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const fixtures = resolve(import.meta.dirname, '../fixtures/lms');

function schemaFiles(folder: string) {
  return readdirSync(join(fixtures, folder))
    .filter((name) => /\.(xsd|dtd)$/.test(name))
    .map((name) => ({
      fileName: name,
      contents: readFileSync(join(fixtures, folder, name), 'utf8'),
    }));
}

/** A schema that imports each namespace a manifest uses, so one run checks all of them. */
function driver(imports: [namespace: string, file: string][]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:support-desk-academy:test-driver">
${imports.map(([namespace, file]) => `  <xs:import namespace="${namespace}" schemaLocation="${file}"/>`).join('\n')}
</xs:schema>`;
}

const kinds = {
  scorm12: {
    folder: 'scorm12',
    imports: [
      ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
      ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    ],
  },
  scorm2004: {
    folder: 'scorm2004',
    imports: [
      ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
      ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
      ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
      ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
      ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
    ],
  },
  cmi5: {
    folder: 'cmi5',
    imports: [
      ['https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd', 'CourseStructure.xsd'],
    ],
  },
} as const;

/** The schema errors of a manifest of a kind ([] when it is valid). */
export async function manifestErrors(kind: keyof typeof kinds, text: string): Promise<string[]> {
  const { folder, imports } = kinds[kind];
  const result = await validateXML({
    xml: { fileName: 'manifest.xml', contents: text },
    schema: { fileName: 'driver.xsd', contents: driver(imports.map(([a, b]) => [a, b])) },
    preload: schemaFiles(folder),
  });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}
