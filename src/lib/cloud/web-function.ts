import { z } from 'zod'
import type { CreateFunctionInput } from '@/cloud-api/fc3'
import {
  type CreateTriggerInput,
  CUSTOM_RUNTIME_DEFAULT_PORT,
  type Fc3Trigger,
  HTTP_TRIGGER_METHODS,
  isCustomRuntime,
  ListTriggersOutputSchema,
  TriggerSchema,
} from '@/cloud-api/fc3-triggers'
import { apiJson } from '../api-client'
import { apiPaths } from '../api-paths'

/**
 * Web functions (seed 002, "Connect a web function to API Gateway"): an FC 3.0 function on a custom
 * runtime whose code is an HTTP server, reached through its HTTP trigger. Shared by the Functions area
 * (Create Function → Web Function) and the Quick Start wizard's second flow.
 */
export const WEB_FUNCTION_RUNTIME = 'custom.debian10'
export const WEB_FUNCTION_FILE = 'index.js'
export const WEB_FUNCTION_COMMAND = { command: ['node'], args: [WEB_FUNCTION_FILE] }
export const HTTP_TRIGGER_NAME = 'http-trigger'

/**
 * The starter: a Node.js HTTP server on the port Function Compute gives it (`FC_SERVER_PORT`, 9000 by
 * default — customRuntimeConfig.port), answering every request with what it received.
 */
export const WEB_STARTER_CODE = `const http = require('http');

const port = process.env.FC_SERVER_PORT || ${CUSTOM_RUNTIME_DEFAULT_PORT};

http
  .createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      console.log(req.method + ' ' + req.url);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          message: 'Hello from a web function',
          method: req.method,
          url: req.url,
          headers: req.headers,
          body: body,
        }),
      );
    });
  })
  .listen(port, () => console.log('listening on ' + port));
`

export const isWebFunction = (fn: { runtime: string }) => isCustomRuntime(fn.runtime)

/** CreateFunction input of a web function, with its code already zipped (base64). */
export function webFunctionInput(
  settings: Omit<CreateFunctionInput, 'runtime' | 'handler' | 'customRuntimeConfig'>,
): CreateFunctionInput {
  return {
    ...settings,
    runtime: WEB_FUNCTION_RUNTIME,
    handler: 'index.handler',
    customRuntimeConfig: { ...WEB_FUNCTION_COMMAND, port: CUSTOM_RUNTIME_DEFAULT_PORT },
  }
}

/** An anonymous HTTP trigger for every method: API Gateway forwards the caller's method as is. */
export function createHttpTrigger(functionName: string, triggerName = HTTP_TRIGGER_NAME) {
  const input: CreateTriggerInput = {
    triggerName,
    triggerType: 'http',
    qualifier: 'LATEST',
    triggerConfig: JSON.stringify({ authType: 'anonymous', methods: [...HTTP_TRIGGER_METHODS] }),
  }
  return apiJson(apiPaths.fc3('functions', functionName, 'triggers'), TriggerSchema, {
    method: 'POST',
    json: input,
  })
}

export function listTriggers(functionName: string, signal?: AbortSignal) {
  return apiJson(apiPaths.fc3('functions', functionName, 'triggers'), ListTriggersOutputSchema, {
    query: { limit: 100 },
    signal,
  })
}

/** The HTTP trigger of a web function (the first `http` one), or undefined. */
export function httpTriggerOf(triggers: readonly Fc3Trigger[]): Fc3Trigger | undefined {
  return triggers.find((t) => t.triggerType === 'http' && t.httpTrigger)
}

/**
 * Where the console runs: `browser` (the emulator in the page: web functions cannot run), `node` (the
 * local cloud) or `cloud` (Alibaba Cloud: the proxy answers 404 to the emulator's health check).
 */
const HealthSchema = z.object({ runtimeMode: z.enum(['browser', 'node']) })
export async function consoleRuntime(signal?: AbortSignal): Promise<'browser' | 'node' | 'cloud'> {
  try {
    return (await apiJson(apiPaths.emulator('health'), HealthSchema, { signal })).runtimeMode
  } catch {
    return 'cloud'
  }
}

/** What the console says where web functions cannot run (the emulator's 501 X501NS, in words). */
export const WEB_FUNCTIONS_NEED_NPM_START =
  'Web functions run only with the local cloud (`npm start`): this browser-only console cannot start an HTTP server. You can create and configure one here, but calling it answers 501 (X501NS, WEB_FUNCTIONS_NEED_LOCAL_CLOUD). Start the console with `npm start` to run it.'
