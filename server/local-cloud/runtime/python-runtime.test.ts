/**
 * The Python 3 runtime end to end: real `python3` processes running python/bootstrap.py through the
 * shared instance pool, with the seed's Python samples, FC's Python error JSON (stackTrace as a list
 * of lists), logs, timeout, exit, memory, warm reuse and the FC 2.0 HTTP (WSGI) handler.
 */
import { spawnSync } from 'node:child_process'
import { getPriority } from 'node:os'
import { afterAll, describe as anyDescribe, expect, test } from 'vitest'
import { createInstancePool } from '../../../src/cloud-emulator/runtime/pool'
import { INSTANCE_NICENESS } from './priority'
import { pythonCommand, pythonWorkerFactory } from './python-runtime'
import { again, request as baseRequest, CRASH, json, text, utf8 } from './testing'

// The local cloud needs python3 for Python functions (README); without it these cases cannot run.
const describe = anyDescribe.runIf(spawnSync(pythonCommand(), ['--version']).status === 0)
const runtime = createInstancePool(pythonWorkerFactory())
afterAll(() => runtime.shutdown())

const request = (files: Record<string, string>, overrides: Parameters<typeof baseRequest>[1] = {}) =>
  baseRequest(files, { runtime: 'python3.10', ...overrides })

/** seed 000 / 002 "Step 3", the Python API Gateway handler, as written (indentation restored). */
const SEED_SAMPLE = `# -*- coding: utf-8 -*-
import json
def handler(event, context):
    event = json.loads(event)
    content = {
        'path': event['path'],
        'method': event['httpMethod'],
        'headers': event['headers'],
        'queryParameters': event['queryParameters'],
        'pathParameters': event['pathParameters'],
        'body': event['body']
    }
    # You can write your own logic here.
    rep = {
        "isBase64Encoded": "false",
        "statusCode": "200",
        "headers": {
            "x-custom-header": "no"
        },
        "body": content
    }
    return json.dumps(rep)
`

describe('def handler(event, context)', () => {
  test("the seed's Python sample runs as written", async () => {
    const event = {
      path: '/hello',
      httpMethod: 'GET',
      headers: { a: '1' },
      queryParameters: { q: 'x' },
      pathParameters: {},
      body: '',
      isBase64Encoded: false,
    }
    const out = await runtime.invoke(
      request({ 'index.py': SEED_SAMPLE }, { event: utf8(JSON.stringify(event)) }),
    )
    expect(out.status).toBe('success')
    expect(json(out)).toEqual({
      isBase64Encoded: 'false',
      statusCode: '200',
      headers: { 'x-custom-header': 'no' },
      body: {
        path: '/hello',
        method: 'GET',
        headers: { a: '1' },
        queryParameters: { q: 'x' },
        pathParameters: {},
        body: '',
      },
    })
  })

  test('event is bytes; context carries request_id, credentials, function, service, region, account_id', async () => {
    const code = `def handler(event, context):
    import os
    return {
        'event': [type(event).__name__, event.decode()],
        'request_id': context.request_id,
        'credentials': [context.credentials.access_key_id, context.credentials.access_key_secret, context.credentials.security_token],
        'function': [context.function.name, context.function.handler, context.function.memory, context.function.timeout],
        'service': [context.service.name, context.service.log_project, context.service.qualifier],
        'region': context.region, 'account_id': context.account_id,
        'env': [os.environ.get('A'), os.environ.get('FC_FUNCTION_NAME'), os.environ.get('FC_SERVICE_NAME'), os.environ.get('HOME')],
    }
`
    const req = request(
      { 'index.py': code },
      {
        event: utf8('{"k":1}'),
        environmentVariables: { A: 'a' },
        memoryMb: 256,
        timeoutSec: 9,
        service: { name: 'svc', logProject: 'p', logStore: 's', qualifier: 'LATEST', versionId: '' },
      },
    )
    const out = await runtime.invoke(req)
    expect(out.status).toBe('success')
    expect(json(out)).toEqual({
      event: ['bytes', '{"k":1}'],
      request_id: req.requestId,
      credentials: ['STS.ak', 'sk', 'token'],
      function: [req.functionName, 'index.handler', 256, 9],
      service: ['svc', 'p', 'LATEST'],
      region: 'cn-hangzhou',
      account_id: '1234567890123456',
      env: ['a', req.functionName, 'svc', null],
    })
  })

  test('return values: str, bytes, None, anything else as JSON', async () => {
    const code = `def handler(event, context):
    kind = event.decode()
    return {'str': 'text', 'bytes': b'\\x00\\xff', 'none': None, 'list': [1, 'a'], 'num': 3}[kind]
`
    const base = request({ 'index.py': code })
    const run = async (kind: string) => runtime.invoke(again(base, { event: utf8(kind) }))
    expect(text((await run('str')).body)).toBe('text')
    expect([...(await run('bytes')).body]).toEqual([0, 255])
    expect((await run('none')).body).toHaveLength(0)
    expect(text((await run('list')).body)).toBe('[1, "a"]')
    expect(text((await run('num')).body)).toBe('3')
  })

  test('module state survives warm invocations; a cold start reports its init time', async () => {
    const base = request({
      'index.py':
        'count = 0\ndef handler(event, context):\n    global count\n    count += 1\n    return str(count)\n',
    })
    const first = await runtime.invoke(base)
    const second = await runtime.invoke(again(base))
    expect(text(first.body)).toBe('1')
    expect(text(second.body)).toBe('2')
    expect(first.initDurationMs).toBeGreaterThan(0)
    expect(second.initDurationMs).toBeUndefined()
    expect(second.instanceId).toBe(first.instanceId)
  })

  test('code in packages and data files next to the module', async () => {
    const out = await runtime.invoke(
      request({
        'index.py':
          'from lib.util import greet\ndef handler(event, context):\n    return greet() + open("data.txt").read()\n',
        'lib/__init__.py': '',
        'lib/util.py': 'def greet():\n    return "hi "\n',
        'data.txt': 'there',
      }),
    )
    expect(text(out.body)).toBe('hi there')
  })
})

describe('errors (reference §3.3, fixtures/fc-errors.samples.json Python)', () => {
  test('an exception: UnhandledInvocationError, stackTrace as a list of [file, line, function, text]', async () => {
    const out = await runtime.invoke(
      request(
        { 'index.py': "def my_handler(event, context):\n    raise Exception('something is wrong')\n" },
        { handler: 'index.my_handler' },
      ),
    )
    expect(out.status).toBe('unhandled')
    expect(out.errorType).toBe('UnhandledInvocationError')
    expect(json(out)).toEqual({
      errorMessage: 'something is wrong',
      errorType: 'Exception',
      stackTrace: [
        ['File "/code/index.py"', 'line 2', 'in my_handler', "raise Exception('something is wrong')"],
      ],
    })
  })

  test('frames of other modules of the package are kept, the bootstrap is not', async () => {
    const out = await runtime.invoke(
      request({
        'index.py': 'import helper\ndef handler(event, context):\n    return helper.boom()\n',
        'helper.py': 'def boom():\n    return 1 / 0\n',
      }),
    )
    const body = json(out)
    expect(body.errorType).toBe('ZeroDivisionError')
    expect(body.stackTrace).toEqual([
      ['File "/code/index.py"', 'line 3', 'in handler', 'return helper.boom()'],
      ['File "/code/helper.py"', 'line 2', 'in boom', 'return 1 / 0'],
    ])
  })

  test('a missing handler, a missing module, a syntax error', async () => {
    const missing = await runtime.invoke(request({ 'index.py': 'x = 1\n' }))
    expect(json(missing)).toEqual({ errorMessage: "Handler 'handler' missing on module 'index'" })
    const noModule = await runtime.invoke(request({ 'main.py': 'x = 1\n' }))
    expect(json(noModule)).toMatchObject({
      errorMessage: "No module named 'index'",
      errorType: 'ModuleNotFoundError',
    })
    const syntax = await runtime.invoke(
      request({ 'index.py': 'def handler(event, context)\n    return 1\n' }),
    )
    expect(json(syntax)).toMatchObject({ errorType: 'SyntaxError' })
    expect(String(json(syntax).errorMessage)).toContain('index.py, line 1')
    expect(syntax.status).toBe('unhandled')
  })

  test('the timeout kills the process: "Task timed out after N seconds", then a cold start', async () => {
    const base = request(
      {
        'index.py':
          'def handler(event, context):\n    if event == b"loop":\n        while True:\n            pass\n    return "ok"\n',
      },
      { timeoutSec: 1 },
    )
    const out = await runtime.invoke(again(base, { event: utf8('loop') }))
    expect(json(out)).toEqual({ errorMessage: 'Task timed out after 1 seconds' })
    expect(out.errorType).toBe('UnhandledInvocationError')
    const next = await runtime.invoke(again(base))
    expect(text(next.body)).toBe('ok')
    expect(next.initDurationMs).toBeGreaterThan(0)
  }, 15_000)

  test('sys.exit(): Process exited unexpectedly before completing request', async () => {
    const out = await runtime.invoke(
      request({ 'index.py': 'import sys\ndef handler(event, context):\n    sys.exit(1)\n' }),
    )
    expect(out.status).toBe('unhandled')
    expect(json(out).errorMessage).toMatch(CRASH)
  })

  test('memory is capped (RLIMIT_AS): allocating past it ends the instance', async () => {
    const out = await runtime.invoke(
      request(
        {
          'index.py':
            "def handler(event, context):\n    data = bytearray(400 * 1024 * 1024)\n    return 'kept %d' % len(data)\n",
        },
        { memoryMb: 128 },
      ),
    )
    expect(out.status).toBe('unhandled')
    expect(json(out).errorMessage).toMatch(CRASH)
    expect(out.logs.join('\n')).toContain('MemoryError')
  })
})

describe('logs', () => {
  test('print as written, logging in FC format "<time> <request id> [LEVEL] <message>", framed by FC lines', async () => {
    const code = `import logging, sys
print('module loaded')
def handler(event, context):
    print('hello world')
    print('partial', end='')
    logging.getLogger().info('info message')
    logging.warning('careful')
    sys.stderr.write('to stderr\\n')
    return 'done'
`
    const req = request({ 'index.py': code })
    const out = await runtime.invoke(req)
    const lines = out.logs
    expect(lines[0]).toBe('FunctionCompute python3.10 runtime inited.')
    expect(lines[1]).toBe(`FC Invoke Start RequestId: ${req.requestId}`)
    expect(lines).toContain('module loaded')
    expect(lines).toContain('hello world')
    expect(lines).toContain('to stderr')
    expect(lines.find((l) => l.includes('info message'))).toMatch(
      new RegExp(
        `^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z ${req.requestId} \\[INFO\\] info message$`,
      ),
    )
    expect(lines.find((l) => l.includes('careful'))).toContain('[WARNING] careful')
    expect(lines).toContain('partial')
    expect(lines.at(-1)).toBe(`FC Invoke End RequestId: ${req.requestId}`)
  })
})

describe('FC 2.0 HTTP trigger: a WSGI handler', () => {
  test('environ from the request, status/headers from start_response, the body from the iterable', async () => {
    const code = `def handler(environ, start_response):
    context = environ['fc.context']
    body = environ['wsgi.input'].read()
    start_response('201 Created', [('Content-Type', 'text/plain'), ('X-Fc-Nope', '1'), ('X-A', 'b')])
    return [('%s %s %s %s %s|' % (environ['REQUEST_METHOD'], environ['PATH_INFO'], environ['QUERY_STRING'], environ['HTTP_X_CUSTOM'], context.request_id)).encode(), body]
`
    const req = request(
      { 'index.py': code },
      {
        event: utf8('payload'),
        http: {
          method: 'POST',
          path: '/users/1',
          url: '/users/1?a=1',
          clientIP: '1.2.3.4',
          headers: { 'x-custom': 'c', 'content-type': 'text/plain' },
          queries: { a: '1' },
        },
      },
    )
    const out = await runtime.invoke(req)
    expect(out.status).toBe('success')
    expect(out.http).toEqual({ statusCode: 201, headers: { 'content-type': 'text/plain', 'x-a': 'b' } })
    expect(text(out.body)).toBe(`POST /users/1 a=1 c ${req.requestId}|payload`)
  })
})

test('no python3 on the machine: the instance fails to start with a log line saying what to install', async () => {
  const missing = createInstancePool(pythonWorkerFactory({ command: '/nonexistent/python3' }))
  const out = await missing.invoke(request({ 'index.py': 'x = 1\n' }))
  expect(out.status).toBe('unhandled')
  expect(json(out).errorMessage).toMatch(CRASH)
  expect(out.logs.join('\n')).toContain('python3 could not be started')
  await missing.shutdown()
})

describe('CPU priority (./priority.ts)', () => {
  test.runIf(process.platform === 'linux')('a Python instance runs nicer than the server', async () => {
    const code =
      'import os\ndef handler(event, context):\n    return str(os.getpriority(os.PRIO_PROCESS, 0))\n'
    const out = await runtime.invoke(request({ 'index.py': code }))
    expect(Number(text(out.body))).toBe(Math.min(19, getPriority() + INSTANCE_NICENESS))
  })
})
