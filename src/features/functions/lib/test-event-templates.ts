/**
 * Test event templates.
 * - "Hello world": the FC console's default event template.
 * - "API Gateway event": the event API Gateway passes to an event function, with the seed's fields
 *   (seed 000 "Step 4": path, httpMethod, headers, queryParameters, pathParameters, body,
 *   isBase64Encoded); values from /work/shared/reference/fixtures/apigw-to-fc-event.samples.json
 *   ("get_with_all_system_parameters", trimmed) and reference §3.1.
 * - "API Gateway event (POST, Base64 body)": the same with a Base64 body, the case seed 000's FAQ
 *   warns about ("Why is the body ... Base64-encoded?"; fixture "post_octet_stream_base64_body").
 * - The other clouds' events (issue 7; ./cloud-event-templates.ts): Tencent SCF's (seed 001), AWS REST
 *   API v1 and HTTP API v2 (seed 003), for functions behind an API with that event format.
 */
import { AWS_HTTP_V2_EVENT, AWS_REST_V1_EVENT, TENCENT_SCF_EVENT } from './cloud-event-templates'

export type TemplateId =
  | 'hello-world'
  | 'api-gateway'
  | 'api-gateway-base64'
  | 'tencent-scf'
  | 'aws-rest-v1'
  | 'aws-http-v2'

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

const API_GATEWAY_GET = {
  path: '/echo/phone',
  httpMethod: 'GET',
  headers: {
    'X-Ca-Api-Gateway': '8BDEAB48-9EAB-44AF-84D2-6E526A6C6993',
    'X-Forwarded-For': '159.226.43.61',
    'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8',
    CaClientIp: '159.226.43.61',
    CaApiName: 'echo',
  },
  queryParameters: { a: '1' },
  pathParameters: { echo_text: 'phone' },
  body: '',
  isBase64Encoded: false,
}

const API_GATEWAY_POST_BASE64 = {
  path: '/site',
  httpMethod: 'POST',
  headers: {
    'X-Ca-Api-Gateway': 'C66FA93A-5283-4590-9A50-D6FFFFD47B0F',
    'X-Forwarded-For': '159.226.43.36',
    'Content-Type': 'application/octet-stream; charset=UTF-8',
  },
  queryParameters: {},
  pathParameters: {},
  body: btoa('{"name":"test","brief":"hello"}'),
  isBase64Encoded: true,
}

export const TEST_EVENT_TEMPLATES: ReadonlyArray<{ id: TemplateId; label: string; content: string }> = [
  { id: 'api-gateway', label: 'API Gateway event', content: pretty(API_GATEWAY_GET) },
  {
    id: 'api-gateway-base64',
    label: 'API Gateway event (POST, Base64 body)',
    content: pretty(API_GATEWAY_POST_BASE64),
  },
  { id: 'tencent-scf', label: 'Tencent SCF: API Gateway trigger event', content: pretty(TENCENT_SCF_EVENT) },
  { id: 'aws-rest-v1', label: 'AWS: API Gateway REST API event (v1)', content: pretty(AWS_REST_V1_EVENT) },
  { id: 'aws-http-v2', label: 'AWS: API Gateway HTTP API event (v2)', content: pretty(AWS_HTTP_V2_EVENT) },
  {
    id: 'hello-world',
    label: 'Hello world',
    content: pretty({ key1: 'value1', key2: 'value2', key3: 'value3' }),
  },
]

export function templateContent(id: TemplateId): string {
  return TEST_EVENT_TEMPLATES.find((t) => t.id === id)?.content ?? '{}\n'
}

/** The event every function starts with: this console is about API Gateway triggering FC. */
export const DEFAULT_TEST_EVENT = { name: 'api-gateway-event', template: 'api-gateway' as TemplateId }
