/**
 * AWS API Gateway HTTP API, Lambda proxy integration with payload format 2.0 (seed 003 "HTTP APIs
 * support a simplified event format (version 2.0)"; samples fixtures/peers/aws-lambda-go/apigw-v2-*,
 * aws-lambda-rust-runtime/example-apigw-v2-*).
 *
 * The event: version "2.0", routeKey (`ANY /{proxy+}`, the API's method and template), rawPath and
 * requestContext.http.path (with the stage in front for a named stage, seed 003: `"rawPath":
 * "/default/…"` for stage `default`; none for `$default`), rawQueryString as sent, cookies (the Cookie
 * header split, and taken out of headers), headers with lower-case names, queryStringParameters with
 * repeated values joined by commas, pathParameters, requestContext {accountId, apiId, domainName,
 * domainPrefix, http {method, path, protocol, sourceIp, userAgent}, requestId, routeKey, stage, time,
 * timeEpoch}, body, isBase64Encoded. Fields with nothing in them are left out, as the samples do.
 *
 * The answer (AWS "payload format 2.0" response rules): an object with a `statusCode` is the response —
 * statusCode, headers, cookies (each becomes a Set-Cookie header), body, isBase64Encoded (decoded),
 * other fields ignored (SAM `test_v2_lambda_response_skip_unexpected_fields`). Anything else is a plain
 * value: "if the Lambda function doesn't explicitly pass the status code in a valid JSON response, API
 * Gateway assumes … statusCode is 200, content-type is application/json, body is the response" — a
 * string as its text (SAM: `"This is invalid"` → `This is invalid`), anything else as JSON.
 */
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
import { answer, built, decodeBase64, isObject, putHeader, readReturn, resourceOf, typeName } from './common'
import type { EventFormatAdapter, MappedAnswer, ResponseContext } from './types'

function plainValue(text: string, ctx: ResponseContext, why: string): MappedAnswer {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  return { answer: answer(200, headers, text, ctx), reading: { problems: [], warnings: [why] } }
}

function v2Response(bytes: Uint8Array, ctx: ResponseContext): MappedAnswer {
  const returned = readReturn(bytes)
  if (!returned.json)
    return plainValue(returned.text, ctx, 'not JSON: sent as the body of a 200 (payload 2.0 plain value)')
  const value = returned.value
  if (typeof value === 'string')
    return plainValue(value, ctx, 'a string: sent as the body of a 200 (payload 2.0 plain value)')
  if (!isObject(value) || !('statusCode' in value))
    return plainValue(
      JSON.stringify(value),
      ctx,
      `${isObject(value) ? 'an object without statusCode' : `a JSON ${typeName(value)}`}: sent as the JSON body of a 200 (payload 2.0 plain value)`,
    )

  const problems: string[] = []
  const warnings: string[] = []
  const read = awsStatusCode(value.statusCode)
  if ('problem' in read) problems.push(read.problem)
  const headers = new Headers()
  const rawHeaders = value.headers
  if (rawHeaders !== undefined && rawHeaders !== null) {
    if (!isObject(rawHeaders)) problems.push(`headers must be an object, not ${typeName(rawHeaders)}`)
    else
      for (const [name, v] of Object.entries(rawHeaders)) {
        if (v === null) continue
        const header = awsHeaderValue(name, v)
        if ('problem' in header) problems.push(header.problem)
        else putHeader(headers, name, header.value, warnings)
      }
  }
  const cookies = value.cookies
  if (cookies !== undefined && cookies !== null) {
    if (!Array.isArray(cookies) || cookies.some((c) => typeof c !== 'string'))
      problems.push('cookies must be a list of strings')
    else
      for (const cookie of cookies as string[]) putHeader(headers, 'Set-Cookie', cookie, warnings, 'append')
  }
  if (value.multiValueHeaders !== undefined)
    warnings.push(
      'multiValueHeaders is not part of payload format 2.0: ignored (join values with commas in headers)',
    )

  let body: Uint8Array | string = ''
  const rawBody = value.body
  if (typeof rawBody === 'string') body = rawBody
  else if (typeof rawBody === 'number' || typeof rawBody === 'boolean') body = String(rawBody)
  else if (rawBody !== undefined && rawBody !== null)
    problems.push(`body must be a string, not ${typeName(rawBody)} (JSON.stringify it)`)
  if (value.isBase64Encoded === true && typeof rawBody === 'string') {
    const decoded = decodeBase64(rawBody)
    if (decoded) body = decoded
    else problems.push('isBase64Encoded is true but body is not valid base64')
  }
  if (problems.length > 0 || 'problem' in read) return awsInternalError(ctx, problems)
  return { answer: answer(read.status, headers, body, ctx), reading: { problems: [], warnings } }
}

export const awsHttpV2Format: EventFormatAdapter = {
  id: 'aws-http-v2',

  buildEvent(request, route, ctx) {
    const definition = route.deployment.Definition
    const stage = awsStage('aws-http-v2', request.stage)
    const routeKey = `${definition.RequestConfig.RequestHttpMethod} ${resourceOf(definition.RequestConfig.RequestPath)}`
    const rawPath = stage === '$default' ? request.path : `/${stage}${request.path}`
    const headers: Record<string, string> = {}
    let cookies: string[] = []
    for (const [name, value] of awsHeaders(request)) {
      if (name === 'cookie') cookies = [...cookies, ...value.split(/;\s*/).filter((c) => c !== '')]
      else headers[name] = value
    }
    const query: Record<string, string> = {}
    for (const [key, value] of request.query) query[key] = key in query ? `${query[key]},${value}` : value
    const pathParameters = awsPathParameters(route)
    const { domainName, domainPrefix } = awsDomain(request.host)
    const { body, isBase64Encoded } = awsBody(request.body)
    return built({
      version: '2.0',
      routeKey,
      rawPath,
      rawQueryString: ctx.rawQuery,
      ...(cookies.length > 0 && { cookies }),
      headers,
      ...(Object.keys(query).length > 0 && { queryStringParameters: query }),
      ...(pathParameters && { pathParameters }),
      requestContext: {
        accountId: ctx.accountId,
        apiId: awsApiId(route.api.GroupId),
        domainName,
        domainPrefix,
        http: {
          method: request.method,
          path: rawPath,
          protocol: 'HTTP/1.1',
          sourceIp: request.clientIp,
          userAgent: request.headers['user-agent'] ?? '',
        },
        requestId: shortAwsId(request.requestId),
        routeKey,
        stage,
        time: awsTime(request.now),
        timeEpoch: request.now,
      },
      ...(body !== null && { body }),
      isBase64Encoded,
    })
  },

  mapResponse(result, ctx) {
    if (result.kind === 'timeout' || awsFailed(result)) return awsFailure('aws-http-v2', result, ctx)
    return v2Response(result.outcome.body, ctx)
  },
}
