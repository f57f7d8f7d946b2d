/**
 * Base64 helpers for the console: code packages travel as base64 zip (`code.zipFile`), the log tail
 * as base64 UTF-8 (`x-fc-log-result`), and the API Gateway envelope may carry a base64 body.
 * Chunked so a multi-megabyte zip does not blow the argument limit of String.fromCharCode.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  }
  return btoa(binary)
}

/** Throws on input that is not base64. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64.replace(/\s+/g, ''))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** Decodes base64 of UTF-8 text; returns null when it is not base64 or not UTF-8. */
export function decodeBase64Utf8(base64: string): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(base64ToBytes(base64))
  } catch {
    return null
  }
}
