import { describe, expect, it } from 'vitest'
import { handlerFile, RUNTIME_OPTIONS, runtimeLabel, starterCode } from './templates'

describe('FC 2.0 function templates', () => {
  it('offers the runtimes the emulator can run, labelled for people', () => {
    expect(RUNTIME_OPTIONS.map((o) => o.label)).toEqual([
      'Node.js 20',
      'Node.js 18',
      'Python 3.10',
      'Python 3.9',
      'Python 3',
    ])
    expect(runtimeLabel('java8')).toBe('java8')
  })

  it('names the file after the handler and the runtime', () => {
    expect(handlerFile('index.handler', 'nodejs20')).toBe('index.js')
    expect(handlerFile('hello_world.main', 'python3')).toBe('hello_world.py')
  })

  it('has an event and an HTTP template per language', () => {
    expect(starterCode('nodejs20', 'event')).toContain('exports.handler = function(event, context, callback)')
    expect(starterCode('nodejs20', 'http')).toContain('resp.send(')
    expect(starterCode('python3.10', 'event')).toContain('def handler(event, context):')
    expect(starterCode('python3.10', 'http')).toContain('def handler(environ, start_response):')
  })
})
