/**
 * Text squeezed for a link or a saved value: deflate-raw (the browser's own CompressionStream,
 * also in Node 18+), written as base64url so it can sit in a URL fragment or in storage as is.
 * The platform's compressor costs no bytes of JavaScript; a library (fflate, lz-string: 5–8 kB
 * gzipped) would only add weight for the same result.
 */

/** Runs bytes through a compression or decompression stream. */
async function through(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

/** base64url without padding. */
function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let index = 0; index < bytes.length; index += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(index, index + CHUNK));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes of base64url (or base64) text; throws on a character that is not one. */
function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Text compressed (deflate-raw) and written as base64url. */
export async function deflateText(text: string): Promise<string> {
  return toBase64Url(
    await through(new TextEncoder().encode(text), new CompressionStream('deflate-raw')),
  );
}

/** The text of `deflateText`'s output; rejects when the input is not such text. */
export async function inflateText(packed: string): Promise<string> {
  const bytes = await through(fromBase64Url(packed.trim()), new DecompressionStream('deflate-raw'));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
