/**
 * FC 2016-08-15's errors: the body is `{"ErrorCode": …, "ErrorMessage": …}` plus `x-fc-request-id`
 * (reference §3.3; the SDK reads `ErrorCode`/`ErrorMessage`; fixtures/fc-errors.samples.json
 * `fc2_api_errors`). Operations throw the shared `FcError` (../../http/errors.ts); `toFc2ErrorResponse`
 * is the one place that renders it in FC 2.0's shape (FC 3.0 renders the same errors as
 * `{Code, Message, RequestId}`).
 *
 * Message templates: the FC error-code tables (alibabacloud.com/help/en/functioncompute/error-codes,
 * the FC 2.0 API 2021-04-06 table and the 2023-03-30 table, which keeps FC 2.0's service wording):
 * ServiceNotFound `service '%s' does not exist`, FunctionNotFound `function '%s' does not exist in
 * service '%s'`, FunctionAlreadyExists `function '%s' already exists in service '%s'`, FunctionNotEmpty
 * `function '%s' has active triggers`, PreconditionFailed `the resource being modified has been
 * changed`, VersionNotFound / AliasNotFound `version '%d' / alias '%s' of service '%s' does not exist`.
 * Not published, so ours (docs/emulator-fidelity.md): ServiceAlreadyExists, ServiceNotEmpty,
 * TriggerAlreadyExists, TriggerNotFound, MethodNotAllowed.
 */
import type { Fc2Error } from '../../../cloud-api/fc2'
import { FcError, internalServerError } from '../../http/errors'
import { jsonResponse } from '../../http/response'

export const serviceNotFound = (service: string) =>
  new FcError('ServiceNotFound', 404, `service '${service}' does not exist`)

export const serviceAlreadyExists = (service: string) =>
  new FcError('ServiceAlreadyExists', 409, `service '${service}' already exists`)

export const serviceNotEmpty = (service: string) =>
  new FcError('ServiceNotEmpty', 409, `service '${service}' has active functions`)

export const functionNotFound = (fn: string, service: string) =>
  new FcError('FunctionNotFound', 404, `function '${fn}' does not exist in service '${service}'`)

export const functionAlreadyExists = (fn: string, service: string) =>
  new FcError('FunctionAlreadyExists', 409, `function '${fn}' already exists in service '${service}'`)

export const functionNotEmpty = (fn: string) =>
  new FcError('FunctionNotEmpty', 409, `function '${fn}' has active triggers`)

export const triggerNotFound = (trigger: string, fn: string, service: string) =>
  new FcError(
    'TriggerNotFound',
    404,
    `trigger '${trigger}' does not exist in service '${service}' and function '${fn}'`,
  )

export const triggerAlreadyExists = (trigger: string, fn: string, service: string) =>
  new FcError(
    'TriggerAlreadyExists',
    409,
    `trigger '${trigger}' already exists in service '${service}' and function '${fn}'`,
  )

/** If-Match did not match the resource's ETag (seed 004 "If-Match"). */
export const preconditionFailed = () =>
  new FcError('PreconditionFailed', 412, 'the resource being modified has been changed')

export const versionNotFound = (version: string, service: string) =>
  new FcError('VersionNotFound', 404, `version '${version}' of service '${service}' does not exist`)

export const aliasNotFound = (alias: string, service: string) =>
  new FcError('AliasNotFound', 404, `alias '${alias}' of service '${service}' does not exist`)

/** funcraft#110 (fixtures/fc-errors.samples.json): InvokeFunction on a function behind an HTTP trigger. */
export const httpTriggerOnly = (trigger: string) =>
  new FcError(
    'InvalidArgument',
    400,
    `Function with http trigger(name: ${trigger}) can only be invoked with http trigger URL`,
  )

export const methodNotAllowed = (method: string, trigger: string, allowed: readonly string[]) =>
  new FcError(
    'MethodNotAllowed',
    405,
    `method '${method}' is not allowed by http trigger '${trigger}' (allowed: ${allowed.join(', ')})`,
  )

/** The FC 2.0 error response for anything an operation threw (anything but an FcError is a 500). */
export function toFc2ErrorResponse(error: unknown, requestId: string): Response {
  const fc = error instanceof FcError ? error : internalServerError()
  const body: Fc2Error = { ErrorCode: fc.code, ErrorMessage: fc.message }
  return jsonResponse(body, { status: fc.status, requestId })
}
