/**
 * Test events of the other clouds' API Gateway triggers (issue 7), for handlers ported from them or
 * tried under the emulator's event formats (an API's "Event format" setting):
 *
 * - Tencent SCF: seed 001's integration request event, as printed there.
 * - AWS REST API (v1): seed 003's "API Gateway proxy event (REST API)", whose elided parts ("...") are
 *   filled in from AWS's own sample (fixtures/peers/aws-lambda-go/apigw-request.json) and the events
 *   AWS recorded (fixtures/peers/localstack/aws-recorded-rest-v1-events: `requestContext.path` carries
 *   the stage, `path` does not).
 * - AWS HTTP API (v2): seed 003's "API Gateway proxy event (HTTP API)", headers completed from
 *   fixtures/peers/aws-lambda-go/apigw-v2-request-no-authorizer.json.
 *
 * FC hands a Node.js handler its event as a Buffer, on every cloud's format: `JSON.parse(event)` first.
 */
const USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/80.0.3987.132 Safari/537.36'
const ACCEPT =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.9'

export const TENCENT_SCF_EVENT = {
  requestContext: {
    serviceId: 'service-f94sy04v',
    path: '/test/{path}',
    httpMethod: 'POST',
    requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
    identity: { secretId: 'abdcdxxxxxxxsdfs' },
    sourceIp: '10.0.2.14',
    stage: 'release',
  },
  headers: {
    'Accept-Language': 'en-US,en,cn',
    Accept: 'text/html,application/xml,application/json',
    Host: 'service-3ei3tii4-251000691.ap-guangzhou.apigateway.myqloud.com',
    'User-Agent': 'User Agent String',
  },
  body: '{"test":"body"}',
  pathParameters: { path: 'value' },
  queryStringParameters: { foo: 'bar' },
  headerParameters: { Refer: '10.0.2.14' },
  stageVariables: { stage: 'release' },
  path: '/test/value',
  queryString: { foo: 'bar', bob: 'alice' },
  httpMethod: 'POST',
}

const REST_HEADERS = {
  accept: ACCEPT,
  'accept-encoding': 'gzip, deflate, br',
  Host: '70ixmpl4fl.execute-api.us-east-2.amazonaws.com',
  'User-Agent': USER_AGENT,
  'X-Amzn-Trace-Id': 'Root=1-5e66d96f-7491f09xmpl79d18acf3d050',
  'X-Forwarded-For': '205.255.255.176',
  'X-Forwarded-Port': '443',
  'X-Forwarded-Proto': 'https',
}

export const AWS_REST_V1_EVENT = {
  resource: '/',
  path: '/',
  httpMethod: 'GET',
  headers: REST_HEADERS,
  multiValueHeaders: Object.fromEntries(Object.entries(REST_HEADERS).map(([name, value]) => [name, [value]])),
  queryStringParameters: null,
  multiValueQueryStringParameters: null,
  pathParameters: null,
  stageVariables: null,
  requestContext: {
    accountId: '123456789012',
    apiId: '70ixmpl4fl',
    domainName: '70ixmpl4fl.execute-api.us-east-2.amazonaws.com',
    domainPrefix: '70ixmpl4fl',
    extendedRequestId: 'JJbxmplHYosFVYQ=',
    httpMethod: 'GET',
    identity: { sourceIp: '205.255.255.176', userAgent: USER_AGENT },
    path: '/Prod/',
    protocol: 'HTTP/1.1',
    requestId: 'e0a8b8a6-xmpl-4a6c-8e5e-3fa7e0c1b5a4',
    requestTime: '10/Mar/2020:00:03:59 +0000',
    requestTimeEpoch: 1583798639428,
    resourceId: 'v2pmxmpl',
    resourcePath: '/',
    stage: 'Prod',
  },
  body: null,
  isBase64Encoded: false,
}

export const AWS_HTTP_V2_EVENT = {
  version: '2.0',
  routeKey: 'ANY /nodejs-apig-function-1G3XMPLZXVXYI',
  rawPath: '/default/nodejs-apig-function-1G3XMPLZXVXYI',
  rawQueryString: '',
  cookies: ['s_fid=7AABXMPL1AFD9BBF-0643XMPL09956DE2', 'regStatus=pre-register'],
  headers: {
    accept: ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
    host: 'r3pmxmplak.execute-api.us-east-2.amazonaws.com',
    'user-agent': USER_AGENT,
    'x-amzn-trace-id': 'Root=1-5e6722a7-cc56xmpl46db7ae02d4da47e',
    'x-forwarded-for': '205.255.255.176',
    'x-forwarded-port': '443',
    'x-forwarded-proto': 'https',
  },
  requestContext: {
    accountId: '123456789012',
    apiId: 'r3pmxmplak',
    domainName: 'r3pmxmplak.execute-api.us-east-2.amazonaws.com',
    domainPrefix: 'r3pmxmplak',
    http: {
      method: 'GET',
      path: '/default/nodejs-apig-function-1G3XMPLZXVXYI',
      protocol: 'HTTP/1.1',
      sourceIp: '205.255.255.176',
      userAgent: USER_AGENT,
    },
    requestId: 'JKJaXmPLvHcESHA=',
    routeKey: 'ANY /nodejs-apig-function-1G3XMPLZXVXYI',
    stage: 'default',
    time: '10/Mar/2020:05:16:23 +0000',
    timeEpoch: 1583817383220,
  },
  isBase64Encoded: true,
}
