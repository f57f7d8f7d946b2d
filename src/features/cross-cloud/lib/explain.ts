import { EVENT_FORMAT_SHORT_LABELS, type EventFormat, type GatewayTrace } from '@/cloud-api/cloudapi'
import type { GatewayExchange } from '@/lib/cloud/gateway'

/**
 * Why one format answered what it answered, in sentences, from the exchange and the emulator's trace
 * (issue 7: "the side-by-side view shows why"). The trace says how the gateway read the function's
 * answer (`envelope`: problems that made it an error, deviations it tolerated) and how the function
 * ended; an Alibaba gateway error also names itself in X-Ca-Error-Code / -Message.
 */
export type Verdict = 'answered' | 'rejected' | 'function-failed' | 'gateway' | 'unreachable'

export interface Explanation {
  verdict: Verdict
  summary: string
  details: string[]
}

const WHAT_IT_EXPECTS: Record<EventFormat, string> = {
  alibaba: 'Alibaba Cloud expects {isBase64Encoded, statusCode, headers, body}, all four.',
  'tencent-scf':
    'Tencent’s integration response needs a JSON object with an integer statusCode and a headers object.',
  'aws-rest-v1':
    'A REST API proxy integration accepts only statusCode, headers, multiValueHeaders, body and isBase64Encoded.',
  'aws-http-v2':
    'An HTTP API (payload 2.0) takes an object with statusCode as the response, anything else as a 200 body.',
}

export function explain(
  format: EventFormat,
  exchange: GatewayExchange | null,
  trace: GatewayTrace | null,
): Explanation {
  const name = EVENT_FORMAT_SHORT_LABELS[format]
  if (!exchange)
    return { verdict: 'unreachable', summary: `The call through ${name} could not be made.`, details: [] }
  const { status, errorCode, errorMessage } = exchange.received
  const problems = trace?.envelope?.problems ?? []
  const warnings = trace?.envelope?.warnings ?? []
  const result = trace?.functionResult
  const details: string[] = []
  // The gateway's own message repeats the problems listed below; the code alone then says enough.
  if (errorCode)
    details.push(
      `X-Ca-Error-Code: ${errorCode}${errorMessage && problems.length === 0 ? ` — ${errorMessage}` : ''}`,
    )

  if (!result) {
    return {
      verdict: 'gateway',
      summary: `The gateway answered ${status} before calling the function.`,
      details: details.length > 0 ? details : ['See the answer’s headers.'],
    }
  }
  if (result.status === 'timeout')
    return { verdict: 'function-failed', summary: `The function did not answer in time: ${status}.`, details }
  if (result.status !== 'success') {
    const failure = [result.errorType, ...problems].filter(Boolean).join(': ')
    return {
      verdict: 'function-failed',
      summary: `The function failed, and ${name}'s gateway answered ${status}.`,
      details: [...details, ...(failure ? [failure] : []), ...warnings],
    }
  }
  if (problems.length > 0) {
    return {
      verdict: 'rejected',
      summary: `${name}'s gateway could not read the function's answer: ${status}.`,
      details: [...details, ...problems, WHAT_IT_EXPECTS[format]],
    }
  }
  return {
    verdict: 'answered',
    summary: `${name}'s gateway read the function's answer as its response: ${status}.`,
    details: [...details, ...warnings],
  }
}

/** JSON pretty-printed, anything else as is. */
export function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text
  }
}
