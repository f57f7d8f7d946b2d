/**
 * Starter code of a new FC 2.0 function, by runtime family:
 * - Node.js: seed 004's handler (`exports.handler = function(event, context, callback)`), reading the
 *   event as JSON, logging with console.log and answering through the callback;
 * - Python: the seed's Python shape (`def handler(event, context)`, seeds 000/002), with `logging`;
 * - an HTTP function (behind an HTTP trigger): FC 2.0's HTTP handler — `(req, resp, context)` in
 *   Node.js, a WSGI app in Python.
 */
import { FC2_RUNNABLE_RUNTIMES, isPythonRuntime } from '@/cloud-api/fc2'

export const RUNTIME_OPTIONS = FC2_RUNNABLE_RUNTIMES.map((runtime) => ({
  value: runtime,
  label: runtimeLabel(runtime),
}))

export function runtimeLabel(runtime: string): string {
  const node = /^nodejs(\d+)$/.exec(runtime)
  if (node) return `Node.js ${node[1]}`
  const python = /^python(\d(?:\.\d+)?)$/.exec(runtime)
  if (python) return `Python ${python[1]}`
  return runtime
}

export type FunctionKind = 'event' | 'http'

const NODE_EVENT = `exports.handler = function(event, context, callback) {
  // The event is a Buffer: here, JSON such as {"key1": "value1"}.
  var eventObj = JSON.parse(event.toString() || '{}');
  console.log('requestId: ' + context.requestId + ', key1 = ' + eventObj.key1);
  callback(null, 'hello from ' + context.service.name + '/' + context.function.name);
};
`

const NODE_HTTP = `exports.handler = function(req, resp, context) {
  console.log(req.method + ' ' + req.path);
  resp.setStatusCode(200);
  resp.setHeader('content-type', 'application/json');
  resp.send(JSON.stringify({ path: req.path, queries: req.queries, body: req.body.toString() }));
};
`

const PYTHON_EVENT = `# -*- coding: utf-8 -*-
import json
import logging


def handler(event, context):
    # The event is bytes: here, JSON such as {"key1": "value1"}.
    evt = json.loads(event or b'{}')
    logging.getLogger().info('key1 = %s', evt.get('key1'))
    return 'hello from %s/%s' % (context.service.name, context.function.name)
`

const PYTHON_HTTP = `# -*- coding: utf-8 -*-
import json


def handler(environ, start_response):
    body = environ['wsgi.input'].read()
    start_response('200 OK', [('Content-Type', 'application/json')])
    return [json.dumps({'path': environ['PATH_INFO'], 'body': body.decode()}).encode()]
`

export function starterCode(runtime: string, kind: FunctionKind): string {
  if (isPythonRuntime(runtime)) return kind === 'http' ? PYTHON_HTTP : PYTHON_EVENT
  return kind === 'http' ? NODE_HTTP : NODE_EVENT
}

/** The file the handler names: `index.handler` → `index.js` / `index.py`. */
export function handlerFile(handler: string, runtime: string): string {
  const dot = handler.lastIndexOf('.')
  const module = dot > 0 ? handler.slice(0, dot) : 'index'
  return `${module}.${isPythonRuntime(runtime) ? 'py' : 'js'}`
}
