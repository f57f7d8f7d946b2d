/**
 * Building FC 2.0 records and answering with them. Defaults are seed 004's where it gives one
 * (memorySize 128, timeout 3); fields the caller left out come back empty (`""`, `[]`) rather than
 * missing, so a client never has to guess whether a field exists.
 *
 * Every resource answer carries its `ETag` header (seed 004: Create/Get/Update of services, functions
 * and triggers answer "Headers: ETag (string)"); the body never holds it. A write gives the resource a
 * new etag, so an `If-Match` with the old one fails (./lookup.ts `checkIfMatch`).
 */
import {
  ETAG_HEADER,
  FC2_API_VERSION,
  FC2_LIMITS,
  type FunctionInput,
  type FunctionUpdate,
  type ServiceInput,
  type ServiceUpdate,
} from '../../../cloud-api/fc2'
import type { OpContext } from '../../context'
import { jsonResponse } from '../../http/response'
import type { Fc2FunctionRecord, Fc2ServiceRecord, Fc2TriggerRecord } from '../../store/fc2-tables'
import type { CodePackage } from '../fc3/code'

export const FC2_PREFIX = `/${FC2_API_VERSION}`

/** `2016-08-15T15:00:00.000+0000`: the createdTime / lastModifiedTime examples of seed 004. */
export function fc2Time(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/Z$/, '+0000')
}

/** A new opaque entity tag for a written resource (32 hex digits, as an MD5-style tag looks). */
export const newEtag = (ctx: Pick<OpContext, 'ids'>) => ctx.ids.hex(32)

/** The wire shape: the record without its etag. */
export function render<T extends { etag: string }>(record: T): Omit<T, 'etag'> {
  const { etag: _etag, ...wire } = record
  return wire
}

/** 200 with the resource as body and its `ETag` header. */
export function resourceResponse(ctx: OpContext, body: unknown, etag: string): Response {
  return jsonResponse(body, { requestId: ctx.requestId, headers: { [ETAG_HEADER]: etag } })
}

type Ctx = Pick<OpContext, 'ids' | 'clock'>

function serviceFields(input: ServiceUpdate, base?: Fc2ServiceRecord) {
  return {
    description: input.description ?? base?.description ?? '',
    role: input.role ?? base?.role ?? '',
    logConfig: {
      project: input.logConfig?.project ?? (input.logConfig ? '' : (base?.logConfig.project ?? '')),
      logstore: input.logConfig?.logstore ?? (input.logConfig ? '' : (base?.logConfig.logstore ?? '')),
    },
    vpcConfig: {
      vpcId: input.vpcConfig?.vpcId ?? (input.vpcConfig ? '' : (base?.vpcConfig.vpcId ?? '')),
      vSwitchIds:
        input.vpcConfig?.vSwitchIds ?? (input.vpcConfig ? [] : [...(base?.vpcConfig.vSwitchIds ?? [])]),
      securityGroupId:
        input.vpcConfig?.securityGroupId ?? (input.vpcConfig ? '' : (base?.vpcConfig.securityGroupId ?? '')),
    },
    // seed 004 Service.internetAccess: "Set it true to enable internet access"; FC's default is true.
    internetAccess: input.internetAccess ?? base?.internetAccess ?? true,
  }
}

export function buildService(ctx: Ctx, input: ServiceInput): Fc2ServiceRecord {
  const now = fc2Time(ctx.clock.now())
  return {
    serviceId: ctx.ids.uuid(),
    serviceName: input.serviceName,
    ...serviceFields(input),
    createdTime: now,
    lastModifiedTime: now,
    etag: newEtag(ctx),
  }
}

/** UpdateService: only the fields present change; a logConfig / vpcConfig given is replaced as a whole. */
export function updateService(ctx: Ctx, existing: Fc2ServiceRecord, input: ServiceUpdate): Fc2ServiceRecord {
  return {
    ...existing,
    ...serviceFields(input, existing),
    lastModifiedTime: fc2Time(ctx.clock.now()),
    etag: newEtag(ctx),
  }
}

export function buildFunction(ctx: Ctx, input: FunctionInput, code: CodePackage): Fc2FunctionRecord {
  const now = fc2Time(ctx.clock.now())
  return {
    functionId: ctx.ids.uuid(),
    functionName: input.functionName,
    description: input.description ?? '',
    runtime: input.runtime,
    handler: input.handler,
    timeout: input.timeout ?? FC2_LIMITS.timeoutDefault,
    memorySize: input.memorySize ?? FC2_LIMITS.memoryDefault,
    codeSize: code.codeSize,
    codeChecksum: code.codeChecksum,
    environmentVariables: input.environmentVariables ?? {},
    createdTime: now,
    lastModifiedTime: now,
    etag: newEtag(ctx),
  }
}

/** UpdateFunction (seed 004 FunctionUpdateFields): only the fields present change. */
export function updateFunction(
  ctx: Ctx,
  existing: Fc2FunctionRecord,
  input: FunctionUpdate,
  code: CodePackage | undefined,
): Fc2FunctionRecord {
  const next: Fc2FunctionRecord = {
    ...existing,
    lastModifiedTime: fc2Time(ctx.clock.now()),
    etag: newEtag(ctx),
  }
  if (input.description !== undefined) next.description = input.description
  if (input.runtime !== undefined) next.runtime = input.runtime
  if (input.handler !== undefined) next.handler = input.handler
  if (input.timeout !== undefined) next.timeout = input.timeout
  if (input.memorySize !== undefined) next.memorySize = input.memorySize
  if (input.environmentVariables !== undefined) next.environmentVariables = input.environmentVariables
  if (code) {
    next.codeChecksum = code.codeChecksum
    next.codeSize = code.codeSize
  }
  return next
}

/** The URL an HTTP trigger answers on (FC 2.0: `https://<account>.<region>.fc.aliyuncs.com/2016-08-15/proxy/<service>/<function>/`). */
export function httpTriggerUrl(origin: string, service: string, fn: string): string {
  return `${origin}${FC2_PREFIX}/proxy/${encodeURIComponent(service)}/${encodeURIComponent(fn)}/`
}

/** A trigger as answered: HTTP triggers add the URL that reaches them, on the origin the caller used. */
export function renderTrigger(ctx: OpContext, service: string, fn: string, trigger: Fc2TriggerRecord) {
  const wire = render(trigger)
  return trigger.triggerType === 'http'
    ? { ...wire, urlInternet: httpTriggerUrl(ctx.url.origin, service, fn) }
    : wire
}
