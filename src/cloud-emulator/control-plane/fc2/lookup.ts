/**
 * Finding FC 2.0 resources for an operation: the service of `{serviceName}` (which may carry a
 * qualifier, `svc.LATEST`, as `@alicloud/fc2` writes it for getService / listFunctions / getFunction /
 * getFunctionCode / invokeFunction: `getServiceName(serviceName, qualifier)`), its function, the
 * function's trigger, and the `If-Match` precondition of seed 004's update and delete operations.
 */
import { IF_MATCH_HEADER } from '../../../cloud-api/fc2'
import type { OpContext } from '../../context'
import type {
  Fc2FunctionEntry,
  Fc2FunctionRecord,
  Fc2ServiceEntry,
  Fc2Tables,
  Fc2TriggerRecord,
} from '../../store/fc2-tables'
import type { DeepReadonly } from '../../store/state'
import {
  aliasNotFound,
  functionNotFound,
  preconditionFailed,
  serviceNotFound,
  triggerNotFound,
  versionNotFound,
} from './errors'

/** `svc` → {svc, LATEST}; `svc.3` → version 3; `svc.prod` → alias prod (names cannot contain dots). */
export function splitQualifier(segment: string): { service: string; qualifier: string } {
  const dot = segment.indexOf('.')
  if (dot === -1) return { service: segment, qualifier: 'LATEST' }
  return { service: segment.slice(0, dot), qualifier: segment.slice(dot + 1) }
}

/** Only the unpublished version (LATEST) exists until versions and aliases are emulated. */
export function checkQualifier(service: string, qualifier: string): void {
  if (qualifier === '' || qualifier === 'LATEST') return
  throw /^\d+$/.test(qualifier) ? versionNotFound(qualifier, service) : aliasNotFound(qualifier, service)
}

type Read = DeepReadonly<Fc2Tables>

export function findService(tables: Read, service: string): DeepReadonly<Fc2ServiceEntry> {
  const entry = tables.services[service]
  if (!entry) throw serviceNotFound(service)
  return entry
}

export function findFunction(tables: Read, service: string, fn: string): DeepReadonly<Fc2FunctionEntry> {
  const entry = findService(tables, service).functions[fn]
  if (!entry) throw functionNotFound(fn, service)
  return entry
}

export function findTrigger(
  tables: Read,
  service: string,
  fn: string,
  trigger: string,
): DeepReadonly<Fc2TriggerRecord> {
  const record = findFunction(tables, service, fn).triggers[trigger]
  if (!record) throw triggerNotFound(trigger, fn, service)
  return record
}

/** The same lookups on a transaction's draft (mutable). */
export function draftService(draft: Fc2Tables, service: string): Fc2ServiceEntry {
  const entry = draft.services[service]
  if (!entry) throw serviceNotFound(service)
  return entry
}

export function draftFunction(draft: Fc2Tables, service: string, fn: string): Fc2FunctionEntry {
  const entry = draftService(draft, service).functions[fn]
  if (!entry) throw functionNotFound(fn, service)
  return entry
}

const normalizeTag = (tag: string) =>
  tag
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1')

/**
 * seed 004 `If-Match` (optional) on UpdateService/Function/Trigger and DeleteService/Function/Trigger:
 * "Ensures the resource that's to be updated is the requested one". A list of tags or `*` is accepted
 * as HTTP defines it (RFC 9110 §13.1.1); a mismatch is PreconditionFailed (412).
 */
export function checkIfMatch(request: Request, etag: string): void {
  const header = request.headers.get(IF_MATCH_HEADER)
  if (header === null || header.trim() === '') return
  const tags = header.split(',').map(normalizeTag)
  if (tags.includes('*') || tags.includes(etag)) return
  throw preconditionFailed()
}

/** What the runtime's evict() names for a function of a service (FC 2.0 names are unique per service only). */
export const instanceGroupOf = (service: string, fn: string) => `fc2:${service}/${fn}`

/** Stops warm instances after a change. The change is committed already, so a failure is only logged. */
export async function evictFunction(ctx: OpContext, service: string, fn: string): Promise<void> {
  const group = instanceGroupOf(service, fn)
  try {
    await ctx.runtime.evict(group)
  } catch (error) {
    ctx.log({
      level: 'warn',
      message: `evicting instances of '${group}' failed`,
      requestId: ctx.requestId,
      error,
    })
  }
}

/** Drops code blobs no function refers to any more (code is stored by checksum, shared when equal). */
export function collectCode(tables: Fc2Tables): void {
  const used = new Set<string>()
  for (const service of Object.values(tables.services))
    for (const fn of Object.values(service.functions)) used.add(fn.record.codeChecksum)
  for (const checksum of Object.keys(tables.code)) if (!used.has(checksum)) delete tables.code[checksum]
}

export type { Fc2FunctionRecord }
