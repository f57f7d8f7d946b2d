/**
 * The event an event function receives (reference §3.1; seeds 000/002 "Request event fields";
 * fixtures/apigw-to-fc-event.samples.json):
 *
 * - PASSTHROUGH (and MAPPING_PASSTHROUGH for what is not declared): every caller header (Train-Case,
 *   as the captured events show them) and query parameter, plus the system headers X-Ca-Api-Gateway,
 *   X-Forwarded-For, X-Forwarded-Proto, X-Real-IP and CA-Host (capture `browser_get_passthrough`).
 * - MAPPING: only the declared RequestParameters, placed per ServiceParametersMap / ServiceParameters
 *   (default: same name, same place; form fields into queryParameters as in capture
 *   `form_post_mapped_to_query`), plus constant and system parameters, X-Ca-Api-Gateway,
 *   X-Forwarded-For and the backend Content-Type (capture `get_with_all_system_parameters`).
 * - Body: base64 with `isBase64Encoded: true` except form bodies under input mapping (seed 002 FAQ:
 *   "API Gateway skips Base64 encoding only for FORM-based transmissions (when you select input parameter
 *   mapping)"): so PASSTHROUGH always base64 (even an empty GET body), MAPPING base64 for STREAM or
 *   non-form bodies, `""` + false for form bodies whose fields are mapped.
 */
import {
  EVENT_SYSTEM_HEADERS,
  type GatewayEvent,
  type ParameterLocation,
  type StageName,
} from '../../../cloud-api/cloudapi'
import { bytesToBase64 } from '../../control-plane/fc3/code'
import type { HeaderRecord } from '../../http/wire'
import type { ApiDefinition } from '../../store/cloudapi-tables'
import type { DeepReadonly } from '../../store/state'
import { GatewayError } from './respond'

export interface IncomingCall {
  method: string
  path: string
  query: URLSearchParams
  headers: HeaderRecord
  body: Uint8Array
  /** the Host the caller used */
  host: string
  protocol: 'http' | 'https'
  clientIp: string
  /** the authenticated app (CaAppId), null for anonymous calls */
  appId?: number | null
  /** the gateway request id (X-Ca-Request-Id) */
  requestId: string
  stage: StageName
  now: number
}

/** Headers the gateway consumes or rebuilds instead of forwarding. */
const NOT_FORWARDED = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'keep-alive',
  'te',
  'trailer',
  'x-forwarded-for',
  'x-forwarded-proto',
  'x-real-ip',
])

const trainCased = new Map<string, string>()

/**
 * `x-ca-stage` → `X-Ca-Stage`, `user-agent` → `User-Agent` (fetch lower-cases names; captures do not).
 * Remembered per name (a caller sends the same few headers on every call; bounded against odd ones).
 */
export function trainCase(name: string): string {
  let cased = trainCased.get(name)
  if (cased === undefined) {
    cased = name
      .split('-')
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
      .join('-')
    if (trainCased.size < 512) trainCased.set(name, cased)
  }
  return cased
}

const firstValues = (params: URLSearchParams) => {
  const out: Record<string, string> = {}
  for (const [key, value] of params) if (!(key in out)) out[key] = value
  return out
}

const isFormBody = (headers: HeaderRecord) =>
  (headers['content-type'] ?? '').toLowerCase().includes('application/x-www-form-urlencoded')

/** What a system parameter (§1.3 SystemParameter names) says about this call. */
function systemValue(name: string, call: IncomingCall, definition: DeepReadonly<ApiDefinition>): string {
  switch (name) {
    case 'CaClientIp':
      return call.clientIp
    case 'CaDomain':
      return call.host
    case 'CaRequestHandleTime':
      return new Date(call.now).toISOString().replace(/\.\d{3}Z$/, 'Z')
    case 'CaAppId':
      // the caller's app; `null` for anonymous calls (capture `get_with_all_system_parameters`)
      return call.appId != null ? String(call.appId) : 'null'
    case 'CaRequestId':
      return call.requestId
    case 'CaHttpSchema':
      return call.protocol.toUpperCase()
    case 'CaProxy':
      return 'AliCloudAPIGateway'
    case 'CaApiName':
      return definition.ApiName
    case 'CaClientUa':
      return call.headers['user-agent'] ?? ''
    case 'CaStage':
      return call.stage
    default:
      return ''
  }
}

export function buildEvent(
  definition: DeepReadonly<ApiDefinition>,
  call: IncomingCall,
  templateParameters: Record<string, string>,
): GatewayEvent {
  const mode = definition.RequestConfig.RequestMode
  const headers: Record<string, string> = {}
  const queryParameters: Record<string, string> = {}
  const pathParameters: Record<string, string> = {}
  const place = (location: ParameterLocation, name: string, value: string) => {
    if (location === 'HEAD') headers[name] = value
    else if (location === 'PATH') pathParameters[name] = value
    else queryParameters[name] = value // QUERY, and BODY fields (sent to the function as query)
  }

  const mappedBody = mode !== 'PASSTHROUGH' && definition.RequestConfig.BodyFormat !== 'STREAM'
  const formFields =
    mappedBody && isFormBody(call.headers) ? new URLSearchParams(new TextDecoder().decode(call.body)) : null

  if (mode !== 'MAPPING') {
    for (const name in call.headers)
      if (!NOT_FORWARDED.has(name)) headers[trainCase(name)] = call.headers[name]!
    Object.assign(queryParameters, firstValues(call.query))
    Object.assign(pathParameters, templateParameters)
  }
  if (mode !== 'PASSTHROUGH') {
    for (const parameter of definition.RequestParameters) {
      const name = parameter.ApiParameterName
      const raw =
        parameter.Location === 'PATH'
          ? templateParameters[name]
          : parameter.Location === 'QUERY'
            ? (call.query.get(name) ?? undefined)
            : parameter.Location === 'HEAD'
              ? call.headers[name.toLowerCase()]
              : (formFields?.get(name) ?? undefined)
      const value = raw ?? parameter.DefaultValue
      if (value === undefined) {
        if (parameter.Required !== 'REQUIRED') continue
        throw parameter.Location === 'HEAD'
          ? new GatewayError('missingHeader', `Header \`${name}\` is Required`)
          : new GatewayError('missingParameter', `Parameter \`${name}\` is Required in ${parameter.Location}`)
      }
      const target = definition.ServiceParametersMap.find((m) => m.RequestParameterName === name)
      const serviceName = target?.ServiceParameterName ?? name
      const service = definition.ServiceParameters.find((s) => s.ServiceParameterName === serviceName)
      place(service?.Location ?? parameter.Location, serviceName, value)
    }
    headers[EVENT_SYSTEM_HEADERS.forwardedFor] = call.clientIp
    const category = definition.ServiceConfig.ContentTypeCatagory ?? 'DEFAULT'
    const clientType = call.headers['content-type']
    const contentType =
      category === 'CLIENT'
        ? clientType
        : (definition.ServiceConfig.ContentTypeValue ?? 'application/x-www-form-urlencoded; charset=UTF-8')
    if (contentType) headers['Content-Type'] = contentType
  }
  for (const constant of definition.ConstantParameters)
    place(constant.Location, constant.ServiceParameterName, constant.ConstantValue)
  for (const system of definition.SystemParameters)
    place(system.Location, system.ServiceParameterName, systemValue(system.ParameterName, call, definition))

  headers[EVENT_SYSTEM_HEADERS.apiGateway] = call.requestId
  if (mode !== 'MAPPING') {
    headers[EVENT_SYSTEM_HEADERS.forwardedFor] = call.clientIp
    headers[EVENT_SYSTEM_HEADERS.forwardedProto] = call.protocol
    headers[EVENT_SYSTEM_HEADERS.realIp] = call.clientIp
    headers[EVENT_SYSTEM_HEADERS.caHost] = call.host
  }

  const base64 = !(mappedBody && (formFields !== null || call.body.length === 0))
  return {
    path: call.path,
    httpMethod: call.method,
    headers,
    queryParameters,
    pathParameters,
    body: base64 ? bytesToBase64(call.body) : '',
    isBase64Encoded: base64,
  }
}
