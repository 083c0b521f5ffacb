import { describe, expect, it } from 'vitest';
import { packagedHtml, packagedScript, relativeAddress } from '../../scripts/lms/relative-paths.ts';
import { readZip, writeZip } from '../../scripts/lms/zip.ts';

describe('pages inside a package', () => {
  it.each([
    ['/', 0, './index.html'],
    ['/learn/', 2, '../../learn/index.html'],
    ['/learn/m/a/#one-count', 3, '../../../learn/m/a/index.html#one-count'],
    ['/search/?q=odr', 1, '../search/index.html?q=odr'],
    ['/_astro/client.js', 2, '../../_astro/client.js'],
    ['/favicon.svg', 0, './favicon.svg'],
  ])('%s from depth %i is %s', (address, depth, expected) => {
    expect(relativeAddress(address, depth)).toBe(expected);
  });

  it('rewrites links, scripts, island URLs and page paths in island props; leaves other addresses alone', () => {
    const html = `<html lang="en"><head><link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/page.js"></script></head><body>
<a href="/progress/">Progress</a><a href="https://example.org/x">out</a><a href="//cdn.example/x">cdn</a><a href="#top">top</a>
<astro-island component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js" props="{&quot;bankUrl&quot;:[0,&quot;/practise/question-bank.json&quot;],&quot;title&quot;:[0,&quot;A/B test&quot;]}"></astro-island>
<form action="/search/"></form><script type="module">import "/_astro/inline.js"; const p = '/pagefind/pagefind.js';</script></body></html>`;
    const out = packagedHtml(html, 2);
    expect(out).toContain('<html lang="en" data-packaged>');
    expect(out).toContain('href="../../favicon.svg"');
    expect(out).toContain('src="../../_astro/page.js"');
    expect(out).toContain('href="../../progress/index.html"');
    expect(out).toContain('href="https://example.org/x"');
    expect(out).toContain('href="//cdn.example/x"');
    expect(out).toContain('href="#top"');
    expect(out).toContain('component-url="../../_astro/Quiz.js"');
    expect(out).toContain('renderer-url="../../_astro/client.js"');
    expect(out).toContain('&quot;../../practise/question-bank.json&quot;');
    expect(out).toContain('&quot;A/B test&quot;');
    expect(out).toContain('action="../../search/index.html"');
    expect(out).toContain(`import "../../_astro/inline.js"`);
    expect(out).toContain(`'../../pagefind/pagefind.js'`);
    // The link script comes first in the head, before any module script.
    expect(out.indexOf('<head><script>')).toBeGreaterThan(-1);
  });

  it('finds Pagefind from a bundled script’s own address', () => {
    expect(packagedScript('const b=`/pagefind/pagefind.js`;')).toBe(
      'const b=new URL("../pagefind/pagefind.js", import.meta.url).href;',
    );
  });
});

describe('zip', () => {
  it('reads back what it wrote, deflated or stored, with UTF-8 names', () => {
    const entries = [
      { name: 'imsmanifest.xml', data: Buffer.from('<manifest/>'.repeat(100)) },
      { name: 'learn/ä/index.html', data: Buffer.from('<p>Grüße</p>') },
      { name: 'empty.txt', data: Buffer.alloc(0) },
    ];
    const files = readZip(writeZip(entries));
    expect([...files.keys()]).toEqual(entries.map((entry) => entry.name));
    for (const entry of entries) expect(files.get(entry.name)?.equals(entry.data)).toBe(true);
  });

  it('refuses a damaged archive', () => {
    const zip = writeZip([{ name: 'a.txt', data: Buffer.from('hello hello hello hello') }]);
    zip[40] = (zip[40] ?? 0) ^ 0xff;
    expect(() => readZip(zip)).toThrow();
    expect(() => readZip(Buffer.from('not a zip'))).toThrow('not a ZIP archive');
  });
});
