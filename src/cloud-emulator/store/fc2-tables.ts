/**
 * The Function Compute 2016-08-15 tables of the emulator state: services, each holding its functions,
 * each holding its triggers (the seed 004 resource tree `/services/{s}/functions/{f}/triggers/{t}`),
 * plus the code blobs of those functions.
 *
 * Records are the wire shapes of src/cloud-api/fc2.ts plus the resource's current `etag` (answered
 * in the `ETag` header, never in the body; seed 004: "ETag (string): Ensures that the service that
 * will be updated or deleted matches the etag").
 */
import { z } from 'zod'
import {
  type Fc2Function,
  type Fc2Service,
  type Fc2Trigger,
  FunctionResponseSchema,
  ServiceResponseSchema,
  TriggerResponseSchema,
} from '../../cloud-api/fc2'

export type Fc2ServiceRecord = Fc2Service & { etag: string }
export type Fc2FunctionRecord = Fc2Function & { etag: string }
/** `urlInternet` is derived from the request's origin when answering, so it is not stored. */
export type Fc2TriggerRecord = Omit<Fc2Trigger, 'urlInternet'> & { etag: string }

export interface Fc2FunctionEntry {
  record: Fc2FunctionRecord
  /** by triggerName */
  triggers: Record<string, Fc2TriggerRecord>
}

export interface Fc2ServiceEntry {
  record: Fc2ServiceRecord
  /** by functionName */
  functions: Record<string, Fc2FunctionEntry>
}

export interface Fc2Tables {
  /** by serviceName */
  services: Record<string, Fc2ServiceEntry>
  /** base64 zip by code checksum (content-addressed, as in the FC 3.0 tables) */
  code: Record<string, string>
}

const etag = { etag: z.string() }

const FunctionEntrySchema = z.object({
  record: FunctionResponseSchema.extend(etag),
  triggers: z.record(z.string(), TriggerResponseSchema.omit({ urlInternet: true }).extend(etag)).default({}),
})

const ServiceEntrySchema = z.object({
  record: ServiceResponseSchema.extend(etag),
  functions: z.record(z.string(), FunctionEntrySchema).default({}),
})

export function emptyFc2Tables(): Fc2Tables {
  return { services: {}, code: {} }
}

/** Validates stored or seeded FC 2.0 tables: keys equal names, every function's code is present. */
export const Fc2TablesSchema = z
  .object({
    services: z.record(z.string(), ServiceEntrySchema).default({}),
    code: z.record(z.string(), z.string()).default({}),
  })
  .superRefine((tables, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path: ['services', ...path], message })
    for (const [serviceName, service] of Object.entries(tables.services)) {
      if (service.record.serviceName !== serviceName) issue([serviceName], 'the key must equal serviceName')
      for (const [functionName, fn] of Object.entries(service.functions)) {
        const at = [serviceName, 'functions', functionName]
        if (fn.record.functionName !== functionName) issue(at, 'the key must equal functionName')
        if (!(fn.record.codeChecksum in tables.code))
          issue([...at, 'codeChecksum'], `no code stored under checksum ${fn.record.codeChecksum}`)
        for (const [triggerName, trigger] of Object.entries(fn.triggers)) {
          if (trigger.triggerName !== triggerName)
            issue([...at, 'triggers', triggerName], 'the key must equal triggerName')
        }
      }
    }
  })

/** Deep copy for a transaction; code blobs are immutable strings, so their table is copied shallowly. */
export function cloneFc2Tables(tables: Fc2Tables): Fc2Tables {
  return { services: structuredClone(tables.services), code: { ...tables.code } }
}
