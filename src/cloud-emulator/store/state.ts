/**
 * The emulator's state: plain, JSON-serialisable tables, one group per cloud service.
 *
 * One snapshot of this object is what the persistence port stores (IndexedDB in the browser, one
 * file in Node), what `/__emulator/state` returns and what `/__emulator/seed` accepts.
 *
 * Adding a service (CloudAPI, FC 2.0 in later issues) is three small edits here: a `…Tables`
 * interface + zod schema with `.default(...)` (so snapshots written before it still load), a key in
 * `State`, and one line in `emptyState` / `cloneState`.
 */
import { z } from 'zod'
import { type Fc3Function, type Fc3Trigger, FunctionSchema, TriggerSchema } from '../../cloud-api/fc3'
import { type CloudApiTables, CloudApiTablesSchema, emptyCloudApiTables } from './cloudapi-tables'
import { cloneFc2Tables, emptyFc2Tables, type Fc2Tables, Fc2TablesSchema } from './fc2-tables'

export const STATE_VERSION = 1

/** A function as FC 3.0 returns it (`Function` model); GetFunction answers with the record as is. */
export type FunctionRecord = Fc3Function

export interface Fc3Tables {
  /** by functionName */
  functions: Record<string, FunctionRecord>
  /** base64 zip by code checksum (content-addressed: equal code is stored once) */
  code: Record<string, string>
  /** by functionName, then triggerName (issue 4: HTTP triggers of web functions) */
  triggers: Record<string, Record<string, Fc3Trigger>>
}

export interface State {
  version: typeof STATE_VERSION
  fc3: Fc3Tables
  /** API Gateway: groups, backend services, APIs and their deployments (./cloudapi-tables.ts) */
  cloudapi: CloudApiTables
  /** Function Compute 2016-08-15: services → functions → triggers, and their code (./fc2-tables.ts) */
  fc2: Fc2Tables
}

const Fc3TablesSchema = z
  .object({
    functions: z.record(z.string(), FunctionSchema).default({}),
    code: z.record(z.string(), z.string()).default({}),
    triggers: z.record(z.string(), z.record(z.string(), TriggerSchema)).default({}),
  })
  .superRefine((tables, ctx) => {
    for (const [name, fn] of Object.entries(tables.functions)) {
      if (fn.functionName !== name) {
        ctx.addIssue({
          code: 'custom',
          path: ['functions', name],
          message: 'the key must equal functionName',
        })
      }
      if (!(fn.codeChecksum in tables.code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['functions', name, 'codeChecksum'],
          message: `no code stored under checksum ${fn.codeChecksum}`,
        })
      }
    }
  })

/** Validates a stored or seeded snapshot. Missing service groups default to empty tables. */
export const StateSchema = z.object({
  version: z.literal(STATE_VERSION),
  fc3: Fc3TablesSchema.default({ functions: {}, code: {}, triggers: {} }),
  cloudapi: CloudApiTablesSchema.default(emptyCloudApiTables),
  fc2: Fc2TablesSchema.default(emptyFc2Tables),
})

export function emptyState(): State {
  return {
    version: STATE_VERSION,
    fc3: { functions: {}, code: {}, triggers: {} },
    cloudapi: emptyCloudApiTables(),
    fc2: emptyFc2Tables(),
  }
}

/**
 * A private copy for a transaction. Records are deep-copied; code blobs are strings (immutable), so a
 * shallow copy of that table is enough and avoids copying megabytes on every write.
 */
export function cloneState(state: State): State {
  return {
    version: state.version,
    fc3: {
      functions: structuredClone(state.fc3.functions),
      code: { ...state.fc3.code },
      triggers: structuredClone(state.fc3.triggers),
    },
    cloudapi: structuredClone(state.cloudapi),
    fc2: cloneFc2Tables(state.fc2),
  }
}

/** Read-only view handed to operations that must not write. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T
