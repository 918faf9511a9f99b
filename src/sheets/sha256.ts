/**
 * SHA-256 through the platform's SubtleCrypto (the pane, the file worker and Node 20 all
 * have one), so the pane hashes without Node's crypto: a template's header hash, a returned file's bytes.
 */

function hex(digest: ArrayBuffer): string {
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Lowercase sha256 hex of `bytes`. */
export async function sha256OfBytes(bytes: Uint8Array): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
}

/** Lowercase sha256 hex of `text` as UTF-8 (the header hash of sheets/template-meta). */
export function sha256OfText(text: string): Promise<string> {
  return sha256OfBytes(new TextEncoder().encode(text));
}
