/**
 * The built site, made to run from any folder: an LMS serves a package under its own path
 * (`/pluginfile.php/12/mod_scorm/content/1/…`), where the site's root-relative links and script
 * addresses would point at the LMS's root, and its file server may not serve a folder's
 * index.html for `learn/x/`. So in every page of a package:
 * - each root-relative address in an attribute (href, src, action, the islands' component and
 *   renderer URLs, and page links inside island props) becomes relative to the page, naming
 *   index.html for a folder;
 * - the root gets `data-packaged` (no offline worker: the LMS serves the files);
 * - a small script, first in the head, sends a click on a root-relative link that a script
 *   wrote (a quiz's "See your progress") to the same page inside the package.
 * Search's script asks for Pagefind by a root-relative address: that one is rewritten too.
 */

/** The page-relative form of a root-relative address, from a page `depth` folders deep. */
export function relativeAddress(address: string, depth: number): string {
  const [beforeHash = '', hash] = address.split('#');
  const [path = '', query] = beforeHash.split('?');
  let file = path.slice(1);
  if (file === '' || file.endsWith('/')) file += 'index.html';
  const prefix = depth === 0 ? './' : '../'.repeat(depth);
  return `${prefix}${file}${query === undefined ? '' : `?${query}`}${hash === undefined ? '' : `#${hash}`}`;
}

const ROOT_RELATIVE = /^\/(?!\/)/;

/** The inline script that keeps clicks on root-relative links inside the package. */
function linkScript(depth: number): string {
  const root = depth === 0 ? './' : '../'.repeat(depth);
  return `<script>(()=>{const root=new URL(${JSON.stringify(root)},location.href);document.addEventListener('click',(event)=>{const link=event.target instanceof Element?event.target.closest('a[href]'):null;if(!link||event.defaultPrevented||event.button!==0||event.metaKey||event.ctrlKey||event.shiftKey||event.altKey)return;const href=link.getAttribute('href')??'';if(!/^\\/(?!\\/)/.test(href))return;event.preventDefault();const [path,hash]=href.split('#');let file=path.slice(1);if(file===''||file.endsWith('/'))file+='index.html';location.assign(new URL(file,root).href+(hash===undefined?'':'#'+hash));},true);})();</script>`;
}

/** A built page as it runs inside a package, `depth` folders below the package's root. */
export function packagedHtml(html: string, depth: number): string {
  const fixed = html
    // Attributes holding one address.
    .replace(
      /\b(href|src|action|component-url|renderer-url|before-hydration-url)="([^"]*)"/g,
      (whole, name: string, value: string) =>
        ROOT_RELATIVE.test(value) ? `${name}="${relativeAddress(value, depth)}"` : whole,
    )
    // Island props are HTML-escaped JSON: a string value that is a site path.
    .replace(
      /\bprops="([^"]*)"/g,
      (_, props: string) =>
        `props="${props.replace(/&quot;(\/(?!\/)[^&]*)&quot;/g, (__, path: string) => `&quot;${relativeAddress(path, depth)}&quot;`)}"`,
    )
    // Module scripts inlined in the page: their imports and Pagefind's address.
    .replace(
      /(["'`])\/(_astro\/[^"'`]+\.js|pagefind\/pagefind\.js)\1/g,
      (_, quote: string, path: string) => `${quote}${relativeAddress(`/${path}`, depth)}${quote}`,
    )
    .replace(/<html\b([^>]*)>/, '<html$1 data-packaged>');
  return fixed.replace(/<head>/, `<head>${linkScript(depth)}`);
}

/** A bundled script as it runs inside a package: Pagefind's address is found from the script's own. */
export function packagedScript(code: string): string {
  return code.replace(
    /(["'`])\/pagefind\/pagefind\.js\1/g,
    'new URL("../pagefind/pagefind.js", import.meta.url).href',
  );
}
