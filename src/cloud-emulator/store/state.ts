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
import { type Fc3Function, FunctionSchema } from '../../cloud-api/fc3'

export const STATE_VERSION = 1

/** A function as FC 3.0 returns it (`Function` model); GetFunction answers with the record as is. */
export type FunctionRecord = Fc3Function

export interface Fc3Tables {
  /** by functionName */
  functions: Record<string, FunctionRecord>
  /** base64 zip by code checksum (content-addressed: equal code is stored once) */
  code: Record<string, string>
}

export interface State {
  version: typeof STATE_VERSION
  fc3: Fc3Tables
  // cloudapi: CloudApiTables  (issue: API Gateway control plane)
  // fc2: Fc2Tables            (issue: FC 2016-08-15)
}

const Fc3TablesSchema = z
  .object({
    functions: z.record(z.string(), FunctionSchema).default({}),
    code: z.record(z.string(), z.string()).default({}),
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
  fc3: Fc3TablesSchema.default({ functions: {}, code: {} }),
})

export function emptyState(): State {
  return { version: STATE_VERSION, fc3: { functions: {}, code: {} } }
}

/**
 * A private copy for a transaction. Records are deep-copied; code blobs are strings (immutable), so a
 * shallow copy of that table is enough and avoids copying megabytes on every write.
 */
export function cloneState(state: State): State {
  return {
    version: state.version,
    fc3: { functions: structuredClone(state.fc3.functions), code: { ...state.fc3.code } },
  }
}

/** Read-only view handed to operations that must not write. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T
