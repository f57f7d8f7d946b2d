/**
 * Function code: the base64 zip of `InputCodeLocation.zipFile` (FC3-SDK `models/InputCodeLocation`).
 *
 * FC stores the package as uploaded and reports `codeSize` (the zip's byte length) and
 * `codeChecksum` (CRC-64/ECMA-182 of the zip bytes, see ./crc64.ts). The handler's entry file need
 * not exist at create time — real FC accepts such a package and the invocation then fails with
 * "Cannot find module" — so the zip is only checked to be a readable archive.
 *
 * Unzipping uses fflate (issue 2: "Unzip with a maintained library, not by hand").
 */
import { unzipSync } from 'fflate'
import type { z } from 'zod'
import { FC3_PAYLOAD_LIMITS, type InputCodeLocationSchema } from '../../../cloud-api/fc3'
import { invalidArgument } from '../../http/errors'
import { crc64 } from './crc64'

export interface CodePackage {
  /** base64 as stored (whitespace removed) */
  zipFile: string
  codeSize: number
  codeChecksum: string
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000 // String.fromCharCode's argument count is limited; go in slices
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  }
  return btoa(binary)
}

/**
 * Validates `code` of CreateFunction / UpdateFunction and returns what the function record keeps.
 * The emulator only accepts `zipFile`; OSS locations need an OSS it does not have.
 */
export function acceptCode(code: z.output<typeof InputCodeLocationSchema>): CodePackage {
  if (code.ossBucketName !== undefined || code.ossObjectName !== undefined) {
    throw invalidArgument(
      'code: the emulator only accepts code.zipFile (a base64-encoded zip); ossBucketName/ossObjectName are not supported.',
    )
  }
  if (code.zipFile === undefined || code.zipFile === '') {
    throw invalidArgument('code.zipFile is required: the emulator only accepts code as a base64-encoded zip.')
  }
  const zipFile = code.zipFile.replace(/\s+/g, '')
  if (!BASE64.test(zipFile)) throw invalidArgument('code.zipFile must be base64-encoded.')
  const bytes = base64ToBytes(zipFile)
  if (bytes.length > FC3_PAYLOAD_LIMITS.codeZipBytes) {
    throw invalidArgument(
      `code.zipFile: the code package is larger than ${FC3_PAYLOAD_LIMITS.codeZipBytes} bytes.`,
    )
  }
  unzipFiles(bytes) // throws InvalidArgument when it is not a readable zip
  const codeChecksum = crc64(bytes)
  if (code.checksum !== undefined && code.checksum !== codeChecksum) {
    // InputCodeLocation.checksum: "FC checks whether the checksum of the code package is the same".
    throw invalidArgument(
      `code.checksum: the CRC-64 of the code package is ${codeChecksum}, not ${code.checksum}.`,
    )
  }
  return { zipFile, codeSize: bytes.length, codeChecksum }
}

/** Unzips a package into `path → bytes` (directories dropped). Throws InvalidArgument on a bad zip. */
export function unzipFiles(zip: Uint8Array): Record<string, Uint8Array> {
  let unpackedBytes = 0
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(zip, {
      filter: (file) => {
        unpackedBytes += file.originalSize
        if (unpackedBytes > FC3_PAYLOAD_LIMITS.codeUnzippedBytes) throw new RangeError('too large unzipped')
        return !file.name.endsWith('/')
      },
    })
  } catch (error) {
    if (error instanceof RangeError) {
      throw invalidArgument(
        `code.zipFile: the unzipped code is larger than ${FC3_PAYLOAD_LIMITS.codeUnzippedBytes} bytes.`,
      )
    }
    throw invalidArgument('code.zipFile is not a valid zip file.')
  }
  const files: Record<string, Uint8Array> = {}
  for (const [name, bytes] of Object.entries(entries)) files[name.replace(/^\.\//, '')] = bytes
  return files
}
