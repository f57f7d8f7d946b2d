/**
 * The FC 3.0 route table (API version 2023-03-30). Paths and methods are those of the official SDK
 * (`@alicloud/fc20230330` `client.js`, `params.pathname` / `params.method` of each `…WithOptions`).
 * Triggers are stored (HTTP triggers serve web functions through the gateway, issue 4). Versions,
 * aliases, layers and the rest of FC 3.0 are not emulated yet: they answer
 * PathNotSupported like any unknown path.
 */
import type { Operation } from '../../context'
import { createRouter, type Route } from '../../http/router'
import { createFunction, deleteFunction, getFunction, listFunctions, updateFunction } from './functions'
import { getFunctionCode } from './get-code'
import { invokeFunction } from './invoke'
import { createTrigger, deleteTrigger, getTrigger, listTriggers, updateTrigger } from './triggers'

export const FC3_PREFIX = '/2023-03-30'

const routes: Route<Operation>[] = [
  { method: 'POST', pattern: `${FC3_PREFIX}/functions`, op: createFunction },
  { method: 'GET', pattern: `${FC3_PREFIX}/functions`, op: listFunctions },
  { method: 'GET', pattern: `${FC3_PREFIX}/functions/:functionName`, op: getFunction },
  { method: 'PUT', pattern: `${FC3_PREFIX}/functions/:functionName`, op: updateFunction },
  { method: 'DELETE', pattern: `${FC3_PREFIX}/functions/:functionName`, op: deleteFunction },
  { method: 'GET', pattern: `${FC3_PREFIX}/functions/:functionName/code`, op: getFunctionCode },
  { method: 'POST', pattern: `${FC3_PREFIX}/functions/:functionName/invocations`, op: invokeFunction },
  // Triggers (issue 4: the HTTP trigger of a web function)
  { method: 'POST', pattern: `${FC3_PREFIX}/functions/:functionName/triggers`, op: createTrigger },
  { method: 'GET', pattern: `${FC3_PREFIX}/functions/:functionName/triggers`, op: listTriggers },
  { method: 'GET', pattern: `${FC3_PREFIX}/functions/:functionName/triggers/:triggerName`, op: getTrigger },
  {
    method: 'PUT',
    pattern: `${FC3_PREFIX}/functions/:functionName/triggers/:triggerName`,
    op: updateTrigger,
  },
  {
    method: 'DELETE',
    pattern: `${FC3_PREFIX}/functions/:functionName/triggers/:triggerName`,
    op: deleteTrigger,
  },
]

export const fc3Router = createRouter(routes)
