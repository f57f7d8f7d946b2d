/**
 * Tencent Cloud's API Gateway trigger for SCF (seed 001_f833e780c5403833.txt).
 *
 * The event is the "integration request" ("when an API Gateway trigger triggers a function, integration
 * request is always used"), with the seed's fields: `requestContext` {serviceId, path, httpMethod,
 * requestId, identity, sourceIp, stage} — serviceId, path and httpMethod are the API's (its template and
 * its configured method, ANY included), the rest the call's —; `headers`, `body`, `path`, `queryString`,
 * `httpMethod` of the actual request; `pathParameters`, `queryStringParameters`, `headerParameters`:
 * "parameters configured in API Gateway and the actual values" (our declared RequestParameters, and
 * every `[name]` of the path); `stageVariables` {stage} as in the seed's example.
 *
 * The answer (seed 001 "Integration Response and Passthrough Response"):
 * - integration response (the default here, as when the trigger is set up from the SCF console): the
 *   function returns {isBase64Encoded, statusCode, headers, body}; anything else → 403
 *   `{"errno":403,"error":"Invalid scf response format. please check your scf response format."}`.
 *   The checks are those of Tencent's own emulator (tencentyun/scfcli local_service.py `_parse_output`:
 *   a JSON object, statusCode a positive integer, headers an object, base64 bodies decoded, Content-Type
 *   application/json when none is set).
 * - passthrough response (the API's ResultType PASSTHROUGH; "the way to handle the response is
 *   passthrough response by default" from the API Gateway console): the return value as is, 200, JSON.
 * - a function error → 502 `{"errorMessage":"Internal error"}` (scfcli error_response.py).
 * - timeouts (seed 001): "API Gateway timeout > SCF timeout: … the API request response is 200 http
 *   code, but the return content is the error message of SCF timeout"; "API Gateway timeout < SCF
 *   timeout: … 5xx http code" — 504 here, its body guessed (docs/emulator-fidelity.md).
 */
import { FORMAT_ERROR_BODIES, FORMAT_STAGE_NAMES } from '../../../cloud-api/cloudapi'
import { trainCase } from '../gateway/event'
import {
  answer,
  built,
  callerHeaders,
  decodeBase64,
  failureText,
  isObject,
  isTaskTimeout,
  jsonAnswer,
  putHeader,
  readReturn,
  resourceOf,
  shown,
  typeName,
} from './common'
import type { EventFormatAdapter, MappedAnswer, ResponseContext } from './types'

/** `service-` + 8 characters, the shape of Tencent's service ids (seed: `service-f94sy04v`), from the group. */
const serviceIdOf = (groupId: string) => `service-${groupId.slice(0, 8)}`

const invalidFormat = (ctx: ResponseContext, problems: string[]): MappedAnswer => {
  const { status, body } = FORMAT_ERROR_BODIES.tencentInvalidResponse
  return { answer: jsonAnswer(status, body, ctx), reading: { problems, warnings: [] } }
}

/** Reads an integration response as scfcli does; problems → the documented 403. */
function integrationResponse(bytes: Uint8Array, ctx: ResponseContext): MappedAnswer {
  const returned = readReturn(bytes)
  if (!returned.json)
    return invalidFormat(ctx, [
      `the function returned ${shown(bytes)}, which is not JSON ("return value must be a valid json")`,
    ])
  const value = returned.value
  if (!isObject(value))
    return invalidFormat(ctx, [`the function returned a JSON ${typeName(value)}, not an object`])
  const problems: string[] = []
  const warnings: string[] = []
  const status = value.statusCode
  if (status === undefined) problems.push('statusCode is missing')
  else if (typeof status !== 'number' || !Number.isInteger(status) || status <= 0)
    problems.push(`statusCode must be a positive integer, not ${JSON.stringify(status)}`)
  else if (status < 200 || status > 599)
    problems.push(`statusCode ${status} is not an HTTP status this gateway can send`)
  const rawHeaders = value.headers
  if (rawHeaders === undefined) problems.push('headers is missing')
  else if (!isObject(rawHeaders)) problems.push(`headers must be an object, not ${typeName(rawHeaders)}`)
  const rawBody = value.body ?? ''
  if (typeof rawBody !== 'string') problems.push(`body must be a string, not ${typeName(rawBody)}`)
  let body: Uint8Array | string = typeof rawBody === 'string' ? rawBody : ''
  if (value.isBase64Encoded === true && typeof rawBody === 'string') {
    const decoded = decodeBase64(rawBody)
    if (decoded) body = decoded
    else problems.push('isBase64Encoded is true but body is not valid base64')
  }
  if (problems.length > 0) return invalidFormat(ctx, problems)

  const headers = new Headers()
  for (const [name, v] of Object.entries(rawHeaders as Record<string, unknown>)) {
    if (v === null || v === undefined) continue
    putHeader(headers, name, typeof v === 'string' ? v : JSON.stringify(v), warnings)
  }
  if (!headers.has('content-type')) headers.set('Content-Type', 'application/json')
  return { answer: answer(status as number, headers, body, ctx), reading: { problems: [], warnings } }
}

export const tencentScfFormat: EventFormatAdapter = {
  id: 'tencent-scf',

  buildEvent(request, route, ctx) {
    const definition = route.deployment.Definition
    const stage = FORMAT_STAGE_NAMES['tencent-scf'][request.stage]
    const headers: Record<string, string> = {}
    for (const [name, value] of callerHeaders(request.headers, request.host)) headers[trainCase(name)] = value
    const queryString: Record<string, string> = {}
    for (const [key, value] of request.query) if (!(key in queryString)) queryString[key] = value

    // "Parameters configured in API Gateway and the actual values".
    const queryStringParameters: Record<string, string> = {}
    const headerParameters: Record<string, string> = {}
    for (const parameter of definition.RequestParameters) {
      const name = parameter.ApiParameterName
      if (parameter.Location === 'QUERY') {
        const value = request.query.get(name) ?? parameter.DefaultValue
        if (value !== undefined) queryStringParameters[name] = value
      } else if (parameter.Location === 'HEAD') {
        const value = request.headers[name.toLowerCase()] ?? parameter.DefaultValue
        if (value !== undefined) headerParameters[name] = value
      }
    }
    return built({
      requestContext: {
        serviceId: serviceIdOf(route.api.GroupId),
        path: resourceOf(definition.RequestConfig.RequestPath),
        httpMethod: definition.RequestConfig.RequestHttpMethod,
        // The gateway's request id (X-Ca-Request-Id) in Tencent's lower-case spelling.
        requestId: request.requestId.toLowerCase(),
        // The caller's key pair (SecretId); an app's AppKey is its counterpart here.
        identity: ctx.appKey ? { secretId: ctx.appKey } : {},
        sourceIp: request.clientIp,
        stage,
      },
      headers,
      body: new TextDecoder().decode(request.body),
      pathParameters: { ...route.pathParameters },
      queryStringParameters,
      headerParameters,
      stageVariables: { stage },
      path: request.path,
      queryString,
      httpMethod: request.method,
    })
  },

  mapResponse(result, ctx) {
    if (result.kind === 'timeout') {
      const { status, body } = FORMAT_ERROR_BODIES.tencentTimeout
      return { answer: jsonAnswer(status, body, ctx), reading: null }
    }
    const { outcome } = result
    if (isTaskTimeout(outcome)) {
      // Seed 001: the function's own timeout came first — 200, and the content is SCF's timeout error.
      const headers = new Headers({ 'Content-Type': 'application/json' })
      return {
        answer: answer(200, headers, outcome.body, ctx),
        reading: {
          problems: [],
          warnings: [`the function timed out (${failureText(outcome)}): 200 with the error, as SCF answers`],
        },
      }
    }
    if (outcome.status !== 'success') {
      const { status, body } = FORMAT_ERROR_BODIES.tencentInternal
      return {
        answer: jsonAnswer(status, body, ctx),
        reading: { problems: [`the function failed: ${failureText(outcome)}`], warnings: [] },
      }
    }
    if (ctx.route.deployment.Definition.ResultType === 'PASSTHROUGH') {
      const headers = new Headers({ 'Content-Type': 'application/json' })
      return { answer: answer(200, headers, outcome.body, ctx), reading: { problems: [], warnings: [] } }
    }
    return integrationResponse(outcome.body, ctx)
  },
}
