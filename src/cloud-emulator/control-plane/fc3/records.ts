/**
 * Building and updating the `Function` record FC 3.0 returns (FC3-SDK `models/Function.d.ts`).
 * Defaults are the ones the SDK models document; where a default is not documented the choice is
 * listed in docs/emulator-fidelity.md.
 */
import { type CreateFunctionInput, FC3_LIMITS, type UpdateFunctionInput } from '../../../cloud-api/fc3'
import type { OpContext } from '../../context'
import type { FunctionRecord } from '../../store/state'
import type { CodePackage } from './code'

/** `2023-04-01T08:15:27Z`: ISO 8601 in UTC to the second, as in the SDK's `createdTime` @example. */
export function fcTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** `acs:fc:<region>:<accountId>:functions/<name>` (FC3-SDK `Function.functionArn` @example). */
export function functionArn(ctx: Pick<OpContext, 'region' | 'accountId'>, name: string): string {
  return `acs:fc:${ctx.region}:${ctx.accountId}:functions/${name}`
}

/**
 * vCPUs when `cpu` is not given. Not documented for the API; the console's default pair is
 * 0.35 vCPU for 512 MB, so the emulator scales that ratio (multiple of 0.05, within the documented
 * 1:1–1:4 vCPU:GB band).
 */
export function defaultCpu(memoryMb: number): number {
  const gb = memoryMb / 1024
  const steps = (vcpu: number, round: (x: number) => number) => round(Math.round(vcpu * 2000) / 100) / 20
  const scaled = steps(gb * 0.7, Math.round) // 0.35 vCPU per 0.5 GB
  const floor = steps(gb / 4, Math.ceil) // at most 4 GB per vCPU
  return Math.min(16, gb, Math.max(0.05, floor, scaled))
}

export function buildFunctionRecord(
  ctx: Pick<OpContext, 'region' | 'accountId' | 'ids' | 'clock'>,
  input: CreateFunctionInput,
  code: CodePackage,
): FunctionRecord {
  const now = fcTime(ctx.clock.now())
  const memorySize = input.memorySize ?? FC3_LIMITS.memoryDefault
  const record: FunctionRecord = {
    functionId: ctx.ids.uuid(),
    functionName: input.functionName,
    functionArn: functionArn(ctx, input.functionName),
    runtime: input.runtime,
    handler: input.handler,
    memorySize,
    timeout: input.timeout ?? FC3_LIMITS.timeoutDefault,
    cpu: input.cpu ?? defaultCpu(memorySize),
    diskSize: input.diskSize ?? 512, // "Valid values: 512 and 10240"
    instanceConcurrency: input.instanceConcurrency ?? 1,
    description: input.description ?? '',
    environmentVariables: input.environmentVariables ?? {},
    codeChecksum: code.codeChecksum,
    codeSize: code.codeSize,
    createdTime: now,
    lastModifiedTime: now,
    // The emulator is ready at once; real FC may report Pending / InProgress for a moment.
    state: 'Active',
    lastUpdateStatus: 'Successful',
    internetAccess: input.internetAccess ?? true, // "Default value: true"
  }
  if (input.role !== undefined) record.role = input.role
  if (input.customRuntimeConfig !== undefined) record.customRuntimeConfig = input.customRuntimeConfig
  return record
}

/** UpdateFunction is a partial update: only the fields present change. */
export function applyUpdate(
  existing: FunctionRecord,
  input: UpdateFunctionInput,
  code: CodePackage | undefined,
  nowMs: number,
): FunctionRecord {
  const next: FunctionRecord = { ...existing, lastModifiedTime: fcTime(nowMs) }
  if (input.runtime !== undefined) next.runtime = input.runtime
  if (input.handler !== undefined) next.handler = input.handler
  if (input.memorySize !== undefined) {
    next.memorySize = input.memorySize
    if (input.cpu === undefined) next.cpu = defaultCpu(input.memorySize)
  }
  if (input.timeout !== undefined) next.timeout = input.timeout
  if (input.cpu !== undefined) next.cpu = input.cpu
  if (input.diskSize !== undefined) next.diskSize = input.diskSize
  if (input.instanceConcurrency !== undefined) next.instanceConcurrency = input.instanceConcurrency
  if (input.description !== undefined) next.description = input.description
  // environmentVariables is replaced as a whole, like every other field of UpdateFunctionInput.
  if (input.environmentVariables !== undefined) next.environmentVariables = input.environmentVariables
  if (input.internetAccess !== undefined) next.internetAccess = input.internetAccess
  if (input.role !== undefined) next.role = input.role
  if (input.customRuntimeConfig !== undefined) next.customRuntimeConfig = input.customRuntimeConfig
  if (code) {
    next.codeChecksum = code.codeChecksum
    next.codeSize = code.codeSize
  }
  return next
}
