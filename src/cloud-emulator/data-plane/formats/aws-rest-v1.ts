/**
 * AWS API Gateway REST API, Lambda proxy integration (seed 003 "Event format" / "Response format").
 *
 * The event has the keys of the AWS-recorded events (fixtures/peers/localstack/aws-recorded-rest-v1-
 * events, recorded against real AWS): resource (the template, `{name}` and `{proxy+}`), path (without
 * the stage), httpMethod, headers + multiValueHeaders, queryStringParameters (the *last* value of a
 * repeated name) + multiValueQueryStringParameters, pathParameters, stageVariables, requestContext
 * (whose `path` *does* carry the stage: `/stage/proxy-value`), body, isBase64Encoded; `null` where
 * there is nothing (seed 003's example: `"queryStringParameters": null … "body": null`).
 *
 * The answer follows the AWS-recorded table fixtures/peers/oracle/aws-rest-v1-proxy-response-cases.json:
 * only statusCode, headers, multiValueHeaders, body and isBase64Encoded may appear (another key → 502);
 * statusCode defaults to 200 and may be a numeric string; multiValueHeaders must hold lists and are
 * merged before `headers` ("value-multi, value-solo"); Content-Type defaults to application/json; a
 * base64 body is *not* decoded (no binaryMediaTypes are configured; "REST API only decodes when
 * binaryMediaTypes matches Accept"). Anything else, and every function error → 502 (aws-common.ts).
 */
import { trainCase } from '../gateway/event'
import {
  awsApiId,
  awsBody,
  awsDomain,
  awsFailed,
  awsFailure,
  awsHeaders,
  awsHeaderValue,
  awsInternalError,
  awsPathParameters,
  awsStage,
  awsStatusCode,
  awsTime,
  shortAwsId,
} from './aws-common'
import { answer, built, isObject, putHeader, readReturn, resourceOf, shown, typeName } from './common'
import type { EventFormatAdapter, MappedAnswer, ResponseContext } from './types'

const RESPONSE_KEYS = new Set(['statusCode', 'headers', 'multiValueHeaders', 'body', 'isBase64Encoded'])

function proxyResponse(bytes: Uint8Array, ctx: ResponseContext): MappedAnswer {
  const returned = readReturn(bytes)
  if (!returned.json)
    return awsInternalError(ctx, [`the function returned ${shown(bytes)}, which is not a JSON object`])
  const value = returned.value
  if (!isObject(value))
    return awsInternalError(ctx, [`the function returned a JSON ${typeName(value)}, not an object`])
  const problems: string[] = []
  const warnings: string[] = []
  for (const key of Object.keys(value))
    if (!RESPONSE_KEYS.has(key))
      problems.push(`${key} is not a field of the proxy response (${[...RESPONSE_KEYS].join(', ')})`)

  let status = 200
  if (value.statusCode !== undefined && value.statusCode !== null) {
    const read = awsStatusCode(value.statusCode)
    if ('problem' in read) problems.push(read.problem)
    else status = read.status
  }

  // multiValueHeaders first, then headers, joined with ", " (recorded `multi-and-single-same-key`).
  const merged = new Map<string, { name: string; values: string[] }>()
  const add = (name: string, v: string) => {
    const entry = merged.get(name.toLowerCase()) ?? { name, values: [] }
    entry.values.push(v)
    merged.set(name.toLowerCase(), entry)
  }
  const multi = value.multiValueHeaders
  if (multi !== undefined && multi !== null) {
    if (!isObject(multi)) problems.push(`multiValueHeaders must be an object, not ${typeName(multi)}`)
    else
      for (const [name, list] of Object.entries(multi)) {
        if (!Array.isArray(list)) {
          problems.push(`multiValueHeaders.${name} must be a list, not ${typeName(list)}`)
          continue
        }
        for (const item of list) {
          const read = awsHeaderValue(name, item)
          if ('problem' in read) problems.push(read.problem)
          else add(name, read.value)
        }
      }
  }
  const single = value.headers
  if (single !== undefined && single !== null) {
    if (!isObject(single)) problems.push(`headers must be an object, not ${typeName(single)}`)
    else
      for (const [name, v] of Object.entries(single)) {
        if (v === null) continue
        const read = awsHeaderValue(name, v)
        if ('problem' in read) problems.push(read.problem)
        else add(name, read.value)
      }
  }

  let body = ''
  const rawBody = value.body
  if (typeof rawBody === 'string') body = rawBody
  else if (typeof rawBody === 'number' || typeof rawBody === 'boolean') {
    body = String(rawBody)
    warnings.push(`body is a ${typeof rawBody}, sent as text`)
  } else if (rawBody !== undefined && rawBody !== null)
    problems.push(`body must be a string, not ${typeName(rawBody)} (JSON.stringify it)`)
  if (value.isBase64Encoded === true)
    warnings.push(
      'isBase64Encoded is true, but a REST API decodes only for its binaryMediaTypes (none here): the base64 text is sent',
    )

  if (problems.length > 0) return awsInternalError(ctx, problems)
  const headers = new Headers()
  for (const { name, values } of merged.values()) putHeader(headers, name, values.join(', '), warnings)
  if (!headers.has('content-type')) headers.set('Content-Type', 'application/json')
  return { answer: answer(status, headers, body, ctx), reading: { problems: [], warnings } }
}

export const awsRestV1Format: EventFormatAdapter = {
  id: 'aws-rest-v1',

  buildEvent(request, route, ctx) {
    const definition = route.deployment.Definition
    const stage = awsStage('aws-rest-v1', request.stage)
    const resource = resourceOf(definition.RequestConfig.RequestPath)
    const headers: Record<string, string> = {}
    const multiValueHeaders: Record<string, string[]> = {}
    for (const [name, value] of awsHeaders(request)) {
      headers[trainCase(name)] = value
      multiValueHeaders[trainCase(name)] = [value]
    }
    const query: Record<string, string> = {}
    const multiQuery: Record<string, string[]> = {}
    for (const [key, value] of request.query) {
      query[key] = value // the last value wins (recorded `invocation-payload-with-params-encoding-multi`)
      multiQuery[key] = [...(multiQuery[key] ?? []), value]
    }
    const hasQuery = Object.keys(query).length > 0
    const { domainName, domainPrefix } = awsDomain(request.host)
    const { body, isBase64Encoded } = awsBody(request.body)
    const requestId = request.requestId.toLowerCase()
    return built({
      resource,
      path: request.path,
      httpMethod: request.method,
      headers,
      multiValueHeaders,
      queryStringParameters: hasQuery ? query : null,
      multiValueQueryStringParameters: hasQuery ? multiQuery : null,
      pathParameters: awsPathParameters(route),
      stageVariables: null,
      requestContext: {
        accountId: ctx.accountId,
        apiId: awsApiId(route.api.GroupId),
        deploymentId: route.deployment.Version.slice(0, 6),
        domainName,
        domainPrefix,
        extendedRequestId: shortAwsId(requestId),
        httpMethod: request.method,
        identity: {
          accessKey: null,
          accountId: null,
          caller: null,
          cognitoAuthenticationProvider: null,
          cognitoAuthenticationType: null,
          cognitoIdentityId: null,
          cognitoIdentityPoolId: null,
          principalOrgId: null,
          sourceIp: request.clientIp,
          user: null,
          userAgent: request.headers['user-agent'] ?? '',
          userArn: null,
        },
        path: `/${stage}${request.path}`,
        protocol: 'HTTP/1.1',
        requestId,
        requestTime: awsTime(request.now),
        requestTimeEpoch: request.now,
        resourceId: route.api.ApiId.slice(0, 6),
        resourcePath: resource,
        stage,
      },
      body,
      isBase64Encoded,
    })
  },

  mapResponse(result, ctx) {
    if (result.kind === 'timeout' || awsFailed(result)) return awsFailure('aws-rest-v1', result, ctx)
    return proxyResponse(result.outcome.body, ctx)
  },
}
