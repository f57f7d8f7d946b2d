/**
 * Web-function test helpers: a WebFunctionPort double that records the raw requests and answers what
 * the test says, and the seed 002 flow (web function → HTTP trigger → FC_HTTP_V3 backend → API).
 */
import type {
  WebFunctionPort,
  WebFunctionRequest,
  WebFunctionResult,
  WebFunctionSpec,
} from '../runtime/web-functions'
import { cloudApiClient, gatewayCall } from './cloudapi'
import { setup } from './harness'

export function fakeWebFunctions(
  answer: (
    spec: WebFunctionSpec,
    request: WebFunctionRequest,
  ) => WebFunctionResult | Promise<WebFunctionResult> = () => ({
    kind: 'response',
    status: 200,
    headers: [['content-type', 'text/plain']],
    body: new TextEncoder().encode('hello from the web function'),
    logs: ['listening'],
    durationMs: 3,
  }),
) {
  const calls = {
    request: [] as { spec: WebFunctionSpec; request: WebFunctionRequest }[],
    evict: [] as string[],
    shutdown: 0,
  }
  const port: WebFunctionPort = {
    async request(spec, request) {
      calls.request.push({ spec, request })
      return answer(spec, request)
    },
    async evict(name) {
      calls.evict.push(name)
    },
    async shutdown() {
      calls.shutdown++
    },
  }
  return { port, calls }
}

export const WEB_SERVER_SOURCE = `require('http').createServer((req, res) => {
  let body = ''
  req.on('data', (c) => (body += c))
  req.on('end', () => {
    res.setHeader('content-type', 'application/json')
    res.setHeader('x-web', 'yes')
    res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body }))
  })
}).listen(Number(process.env.FC_SERVER_PORT || 9000))
`

/** Seed 002's second flow over the CloudAPI and FC 3.0 wire APIs; `port` absent = the browser-only mode. */
export async function webFlow(
  options: { port?: WebFunctionPort; methods?: string[]; api?: Record<string, unknown> } = {},
) {
  const t = setup({ webFunctions: options.port })
  await t.createFunction({
    functionName: 'web-fn',
    runtime: 'custom.debian10',
    customRuntimeConfig: { command: ['node'], args: ['index.js'], port: 9000 },
  })
  const trigger = await t.json<{ httpTrigger: { urlIntranet: string; urlInternet: string } }>(
    'POST',
    '/2023-03-30/functions/web-fn/triggers',
    {
      body: {
        triggerName: 'defaultTrigger',
        triggerType: 'http',
        triggerConfig: JSON.stringify({ authType: 'anonymous', methods: options.methods ?? ['GET', 'POST'] }),
      },
    },
  )
  if (trigger.status !== 200) throw new Error(`CreateTrigger failed: ${JSON.stringify(trigger.body)}`)
  const api = cloudApiClient(t.emulator)
  const { BackendId } = await api.ok<{ BackendId: string }>('CreateBackend', {
    BackendName: 'web_backend',
    BackendType: 'FC_HTTP_V3',
  })
  await api.ok('CreateBackendModel', {
    BackendId,
    BackendType: 'FC_HTTP_V3',
    StageName: 'RELEASE',
    BackendModelData: {
      Type: 'FC_HTTP_V3',
      FunctionComputeConfig: {
        FcBaseUrl: trigger.body.httpTrigger.urlIntranet,
        FcRegionId: 'cn-hangzhou',
        FcType: 'HttpTrigger',
        FcVersion: '3.0',
      },
    },
  })
  const group = await api.createGroup('FC-Group')
  const apiId = await api.createApi(group.GroupId, BackendId, {
    ApiName: 'web_api',
    RequestConfig: { RequestHttpMethod: 'ANY', RequestPath: '/*' },
    ...options.api,
  })
  await api.deploy(group.GroupId, apiId)
  const call = (path: string, init?: RequestInit) => gatewayCall(t.emulator, group.SubDomain, path, init)
  return { ...t, api, call, apiId, groupId: group.GroupId, host: group.SubDomain, trigger: trigger.body }
}
