type WithToBase64 = Uint8Array & { toBase64?: () => string };

/** Chunk size for the fallback: String.fromCharCode takes its bytes as call arguments. */
const CHUNK = 0x8000;

/** The contract carries file bytes as base64 (both transports speak JSON). */
export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as WithToBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}
