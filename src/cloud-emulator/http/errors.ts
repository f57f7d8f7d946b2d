/**
 * Errors the emulator answers with, in the cloud's own words.
 *
 * Operations `throw new FcError(...)` (usually through the factories below); `toFc3ErrorResponse` is
 * the one place that turns it into FC 3.0's error body `{Code, Message, RequestId}` (FC3-SDK
 * `models/Error.ts`, reference §3.3) plus the `x-fc-request-id` header. Anything else that reaches it
 * is an emulator bug and becomes the cloud's InternalServerError, never a stack trace.
 *
 * Codes, statuses and message templates follow the FC 3.0 error catalogue
 * (help.aliyun.com/zh/functioncompute/api-fc-2023-03-30-errorcodes) and the common FC table
 * (alibabacloud.com/help/en/functioncompute/error-codes).
 */
import type { Fc3Error } from '../../cloud-api/errors'
import { jsonResponse } from './response'

export class FcError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'FcError'
  }
}

export const invalidArgument = (message: string) => new FcError('InvalidArgument', 400, message)

export const functionNotFound = (name: string) =>
  new FcError('FunctionNotFound', 404, `function '${name}' does not exist`)

export const functionAlreadyExists = (name: string) =>
  new FcError('FunctionAlreadyExists', 409, `function '${name}' already exists`)

/** Versions and aliases are not modelled yet, so any qualifier but LATEST names nothing (templates of FC's VersionNotFound / AliasNotFound, with "function" for FC 2.0's "service"). */
export const versionNotFound = (version: string, name: string) =>
  new FcError('VersionNotFound', 404, `version '${version}' of function '${name}' does not exist`)

export const aliasNotFound = (alias: string, name: string) =>
  new FcError('AliasNotFound', 404, `alias '${alias}' of function '${name}' does not exist`)

/** FC answers an unknown path, or a known path with the wrong method, with this (template `'%s' against '%s' is not supported`). */
export const pathNotSupported = (method: string, path: string) =>
  new FcError('PathNotSupported', 400, `'${method}' against '${path}' is not supported`)

export const entityTooLarge = (maxBytes: number) =>
  new FcError('EntityTooLarge', 400, `payload size exceeds maximum allowed size (${maxBytes} bytes)`)

export const internalServerError = () =>
  new FcError('InternalServerError', 500, 'an internal error has occurred. Please retry.')

/** The FC 3.0 error response for anything thrown by an operation. */
export function toFc3ErrorResponse(error: unknown, requestId: string): Response {
  const fc = error instanceof FcError ? error : internalServerError()
  const body: Fc3Error = { Code: fc.code, Message: fc.message, RequestId: requestId }
  return jsonResponse(body, { status: fc.status, requestId })
}
