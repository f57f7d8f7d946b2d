/**
 * Alibaba Cloud's own format, the default (seeds 000/002 "Request event fields" and "Response format";
 * reference §3.1–3.2). The event is built by ../gateway/event.ts (which the web-function backend shares
 * for its parameter mapping), the envelope read by the contract's `checkEnvelope` (which the console's
 * Debug panel shares); this adapter puts both behind the formats' one interface.
 *
 * Answers: the envelope as HTTP; a function error or a malformed envelope → 502 D502FC; ServiceTimeout
 * first → 504 D504TO; both as gateway errors (X-Ca-Error-Code / -Message, no body).
 */
import { checkEnvelope } from '../../../cloud-api/cloudapi'
import { buildEvent } from '../gateway/event'
import { envelopeAnswer, GatewayError } from '../gateway/respond'
import { built, failureText } from './common'
import type { EventFormatAdapter } from './types'

export const alibabaFormat: EventFormatAdapter = {
  id: 'alibaba',

  buildEvent(request, route, ctx) {
    return built(ctx.alibabaEvent ?? buildEvent(route.deployment.Definition, request, route.pathParameters))
  },

  mapResponse(result, ctx) {
    if (result.kind === 'timeout') {
      return {
        answer: new GatewayError(
          'backendTimeout',
          `Backend service request timeout: function \`${result.functionName}\` did not answer within ServiceTimeout ${result.timeoutMs} ms`,
        ),
        reading: null,
      }
    }
    const { outcome } = result
    if (outcome.status !== 'success') {
      return {
        answer: new GatewayError('badFunctionResponse', `Function Compute returned ${failureText(outcome)}`),
        reading: null,
      }
    }
    const envelope = checkEnvelope(outcome.body)
    if (!envelope.ok) {
      return {
        answer: new GatewayError(
          'badFunctionResponse',
          `Invalid Function Compute response: ${envelope.problems.join('; ')} (expected {isBase64Encoded, statusCode, headers, body})`,
        ),
        reading: { problems: envelope.problems, warnings: [] },
      }
    }
    return {
      answer: envelopeAnswer(envelope, ctx.requestId, ctx.method),
      reading: { problems: [], warnings: envelope.warnings },
    }
  },
}
