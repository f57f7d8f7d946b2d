/**
 * The FC 2016-08-15 endpoint (`<account>.<region>.fc.aliyuncs.com/2016-08-15/...`): the route table of
 * seed 004's operations — paths and methods as `@alicloud/fc2` (`lib/client.js`) sends them — plus
 * HTTP triggers under `/proxy/`. One operation is registered in dispatch.ts; it routes, runs the
 * operation and answers every failure in FC 2.0's error shape `{ErrorCode, ErrorMessage}` (./errors.ts),
 * an unknown path or method with PathNotSupported (FC's table: `'%s' against '%s' is not supported`).
 * Versions, aliases, custom domains, layers … are not emulated: they are unknown paths here.
 */
import { type Operation, withFields } from '../../context'
import { FcError, pathNotSupported } from '../../http/errors'
import { createRouter, type Route } from '../../http/router'
import { toFc2ErrorResponse } from './errors'
import { createFunction, deleteFunction, getFunction, listFunctions, updateFunction } from './functions'
import { getFunctionCode, invokeFunction } from './invoke'
import { isProxyPath, proxyOperation } from './proxy'
import { FC2_PREFIX } from './records'
import { createService, deleteService, getService, listServices, updateService } from './services'
import { createTrigger, deleteTrigger, getTrigger, listTriggers, updateTrigger } from './triggers'

export { FC2_PREFIX } from './records'

const S = `${FC2_PREFIX}/services`
const F = `${S}/:serviceName/functions`
const T = `${F}/:functionName/triggers`

const routes: Route<Operation>[] = [
  { method: 'POST', pattern: S, op: createService },
  { method: 'GET', pattern: S, op: listServices },
  { method: 'GET', pattern: `${S}/:serviceName`, op: getService },
  { method: 'PUT', pattern: `${S}/:serviceName`, op: updateService },
  { method: 'DELETE', pattern: `${S}/:serviceName`, op: deleteService },
  { method: 'POST', pattern: F, op: createFunction },
  { method: 'GET', pattern: F, op: listFunctions },
  { method: 'GET', pattern: `${F}/:functionName`, op: getFunction },
  { method: 'PUT', pattern: `${F}/:functionName`, op: updateFunction },
  { method: 'DELETE', pattern: `${F}/:functionName`, op: deleteFunction },
  { method: 'GET', pattern: `${F}/:functionName/code`, op: getFunctionCode },
  { method: 'POST', pattern: `${F}/:functionName/invocations`, op: invokeFunction },
  { method: 'POST', pattern: T, op: createTrigger },
  { method: 'GET', pattern: T, op: listTriggers },
  { method: 'GET', pattern: `${T}/:triggerName`, op: getTrigger },
  { method: 'PUT', pattern: `${T}/:triggerName`, op: updateTrigger },
  { method: 'DELETE', pattern: `${T}/:triggerName`, op: deleteTrigger },
]

const fc2Router = createRouter(routes)

/** Every `/2016-08-15/*` request (dispatch.ts). Never throws: failures are FC 2.0 error bodies. */
export const fc2Operation: Operation = async (ctx) => {
  try {
    if (isProxyPath(ctx.url.pathname)) return await proxyOperation(ctx)
    const match = fc2Router.match(ctx.request.method, ctx.url.pathname)
    if (match.kind !== 'found') throw pathNotSupported(ctx.request.method, ctx.url.pathname)
    return await match.op(withFields(ctx, { params: match.params }))
  } catch (error) {
    if (!(error instanceof FcError))
      ctx.log({ level: 'error', message: 'unexpected failure in FC 2.0', requestId: ctx.requestId, error })
    return toFc2ErrorResponse(error, ctx.requestId)
  }
}
