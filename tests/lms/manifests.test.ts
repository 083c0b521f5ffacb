import { describe, expect, it } from 'vitest';
import type { LmsCourse } from '../../src/lms/lms-course.ts';
import { cmi5Structure, scorm12Manifest, scorm2004Manifest } from '../../scripts/lms/manifests.ts';
import { manifestErrors } from './xsd.ts';

const course: LmsCourse = {
  title: 'Marketplace customer support & more',
  description: 'A <short> course.',
  shape: { modules: [], finalQuizId: 'final', factsOfQuestion: {} },
  modules: [
    {
      id: 'order-defect-rate',
      number: 3,
      title: 'Order Defect Rate',
      passMark: 0.8,
      lessons: [
        {
          id: 'order-defect-rate/what-is-odr',
          title: 'What the ODR is',
          path: '/learn/order-defect-rate/what-is-odr/',
        },
      ],
      quiz: {
        id: 'order-defect-rate',
        title: 'Order Defect Rate',
        path: '/practise/order-defect-rate/',
      },
      scenarios: [
        { id: 'sunday-message', title: 'A Sunday message', path: '/simulate/sunday-message/' },
      ],
    },
    {
      id: 'no-quiz',
      number: 4,
      title: 'Reading only',
      passMark: null,
      lessons: [],
      quiz: null,
      scenarios: [],
    },
  ],
  final: { id: 'final', title: 'Final assessment', path: '/practise/final/', passMark: 0.75 },
};
const site = ['lms/index.html', '_astro/client.js', 'index.html'];

describe('package manifests', () => {
  it('SCORM 1.2: valid against the SCORM 1.2 XSDs, a SCO per module and the final, mastery in percent', async () => {
    const manifest = scorm12Manifest(course, site);
    expect(await manifestErrors('scorm12', manifest)).toEqual([]);
    expect(manifest).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(manifest).toContain('<adlcp:masteryscore>75</adlcp:masteryscore>');
    expect(manifest).toContain('<file href="learn/order-defect-rate/what-is-odr/index.html"/>');
    expect(manifest).toContain('<file href="simulate/sunday-message/index.html"/>');
    expect(manifest.match(/adlcp:scormtype="sco"/g)).toHaveLength(3);
  });

  it('SCORM 2004: valid against the 4th edition XSDs, each quiz pass mark the minimum measure', async () => {
    const manifest = scorm2004Manifest(course, site);
    expect(await manifestErrors('scorm2004', manifest)).toEqual([]);
    expect(manifest).toContain('<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>');
    expect(manifest).toContain('<schemaversion>2004 4th Edition</schemaversion>');
  });

  it('cmi5: valid against the course structure XSD, an AU per module and the final', async () => {
    const structure = cmi5Structure(course);
    expect(await manifestErrors('cmi5', structure)).toEqual([]);
    expect(structure).toContain('moveOn="CompletedAndPassed" masteryScore="0.8"');
    expect(structure).toContain('moveOn="Passed" masteryScore="0.75"');
    expect(structure).toContain('<url>lms/index.html?module=order-defect-rate</url>');
    expect(structure).toContain('Marketplace customer support &amp; more');
  });

  it('the schemas can fail: a manifest without its organization, an AU without a URL', async () => {
    const manifest = scorm12Manifest(course, site).replace(
      /<organizations[\s\S]*<\/organizations>/,
      '',
    );
    expect(await manifestErrors('scorm12', manifest)).not.toEqual([]);
    const broken2004 = scorm2004Manifest(course, site).replace(
      'satisfiedByMeasure="true"',
      'satisfiedByMeasure="yes"',
    );
    expect(await manifestErrors('scorm2004', broken2004)).not.toEqual([]);
    const structure = cmi5Structure(course).replace(/<url>[^<]*<\/url>/, '');
    expect(await manifestErrors('cmi5', structure)).not.toEqual([]);
    const badScore = cmi5Structure(course).replace('masteryScore="0.8"', 'masteryScore="80"');
    expect(await manifestErrors('cmi5', badScore)).not.toEqual([]);
  });
});
