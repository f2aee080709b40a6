type WithFromBase64 = typeof Uint8Array & { fromBase64?: (base64: string) => Uint8Array };

/** The contract carries Yjs updates as base64 (both transports speak JSON). */
export function base64ToBytes(base64: string): Uint8Array {
  const native = (Uint8Array as WithFromBase64).fromBase64;
  if (typeof native === 'function') return native(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
