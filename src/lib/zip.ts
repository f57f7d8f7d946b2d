import { unzipSync, zipSync } from 'fflate'
import { bytesToBase64 } from './base64'

/**
 * Code packages. FC takes code as a base64 zip (`code.zipFile`, reference §3.4) and GetFunctionCode
 * hands back a zip; fflate does the (un)zipping so nothing here parses the zip format by hand.
 */
export type FileMap = Record<string, Uint8Array>

/** Zips the files and base64-encodes the archive, ready for `code.zipFile`. */
export function zipToBase64(files: FileMap): string {
  return bytesToBase64(zipSync(files, { level: 6 }))
}

/** Unzips an archive; directory entries are left out. */
export function unzipFiles(zip: Uint8Array): FileMap {
  const entries = unzipSync(zip)
  const files: FileMap = {}
  for (const [path, bytes] of Object.entries(entries)) {
    if (!path.endsWith('/')) files[path] = bytes
  }
  return files
}

const encoder = new TextEncoder()
export function textFile(text: string): Uint8Array {
  return encoder.encode(text)
}

/** The file's text when it is UTF-8, otherwise null (binary files are shown, not edited). */
export function fileText(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}
