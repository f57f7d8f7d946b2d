/**
 * CloudAPI (POP) errors: `{RequestId, HostId, Code, Message, Recommend}` with a 4xx/5xx status
 * (reference §1.5, fixtures/pop-errors.samples.json). Codes and messages follow the templates of the
 * official table "Error codes for management and control API operations"
 * (help.aliyun.com/en/api-gateway/traditional-api-gateway/support/control-openapi-error-code-table):
 *
 *   Missing%s        400  The %s is mandatory for this action.
 *   Invalid%s        400  The specified parameter %s value is not valid.
 *   InvalidFormat%s  400  The specified parameter %s value is not well formatted.
 *   NotFound%s       400  Cannot find resource according to your specified %s.
 *   Repeated%s       400  The specified %s is repeated.
 *   Duplicate%s      400  The specified parameter %s value is duplicate.
 *   InternalError    500  The request processing has failed due to some unknown error, exception or failure.
 *
 * After the template each message says what to fix (ARCHITECTURE.md principle 6); the code, status and
 * template are the cloud's. Gateway-level codes (InvalidAction.NotFound, InvalidVersion) are the POP
 * gateway's own, as public SDK code quotes them.
 */
import {
  CLOUDAPI_PRODUCT,
  cloudApiEndpoint,
  type PopError as PopErrorBody,
} from '../../../cloud-api/cloudapi'
import { inMemoryResponse } from '../../http/response'

export class PopError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'PopError'
  }
}

const more = (detail?: string) => (detail ? ` ${detail}` : '')

export const missing = (param: string, detail?: string) =>
  new PopError(`Missing${param}`, 400, `The ${param} is mandatory for this action.${more(detail)}`)

export const invalid = (param: string, detail?: string) =>
  new PopError(`Invalid${param}`, 400, `The specified parameter ${param} value is not valid.${more(detail)}`)

export const invalidFormat = (param: string, detail?: string) =>
  new PopError(
    `InvalidFormat${param}`,
    400,
    `The specified parameter ${param} value is not well formatted.${more(detail)}`,
  )

/** `NotFoundApiGroup`, `NotFoundApi` (terraform-provider-alicloud errors.go), `NotFoundBackend` … */
export const notFound = (resource: string, detail?: string) =>
  new PopError(
    `NotFound${resource}`,
    400,
    `Cannot find resource according to your specified ${resource}.${more(detail)}`,
  )

export const repeated = (what: string, detail?: string) =>
  new PopError(`Repeated${what}`, 400, `The specified ${what} is repeated.${more(detail)}`)

/** funcraft handles exactly this code (sic) for duplicate RequestParameters (reference §1.3). */
export const duplicateRequestParameters = (name: string) =>
  new PopError(
    'DuplicateRequestParamaters',
    400,
    `The specified parameter RequestParameters value is duplicate. Parameter '${name}' is declared twice.`,
  )

export const invalidAction = () =>
  new PopError('InvalidAction.NotFound', 404, 'Specified api is not found, please check your url and method.')

export const invalidVersion = () =>
  new PopError('InvalidVersion', 400, 'Specified parameter Version is not valid.')

export const internalError = () =>
  new PopError(
    'InternalError',
    500,
    'The request processing has failed due to some unknown error, exception or failure.',
  )

/** The error body for anything thrown by an action; anything but a PopError is an emulator bug → 500. */
export function popErrorResponse(error: unknown, requestId: string, region: string): Response {
  const pop = error instanceof PopError ? error : internalError()
  const body: PopErrorBody = {
    RequestId: requestId,
    HostId: cloudApiEndpoint(region),
    Code: pop.code,
    Message: pop.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(pop.code)}&product=${CLOUDAPI_PRODUCT}&requestId=${requestId}`,
  }
  return popResponse(body, requestId, pop.status)
}

/** A JSON answer with `RequestId` first in the body and in `x-acs-request-id`, as POP answers. */
export function popResponse(body: object, requestId: string, status = 200): Response {
  return inMemoryResponse(JSON.stringify({ RequestId: requestId, ...body }), {
    status,
    headers: { 'content-type': 'application/json;charset=utf-8', 'x-acs-request-id': requestId },
  })
}
