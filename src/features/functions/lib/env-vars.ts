import { z } from 'zod'

/**
 * Environment variables are edited as rows (the form mirrors the UI, Oxide's rule) and sent as the
 * `environmentVariables` record of the contract. The API only requires string → string; the rows
 * add the checks that the UI makes possible to get wrong: an empty or repeated name.
 */
export interface EnvRow {
  key: string
  value: string
}

export const envRowsSchema = z
  .array(z.object({ key: z.string().trim(), value: z.string() }))
  .superRefine((rows, ctx) => {
    const seen = new Set<string>()
    rows.forEach((row, index) => {
      if (!row.key) {
        ctx.addIssue({ code: 'custom', path: [index, 'key'], message: 'Enter a variable name.' })
      } else if (seen.has(row.key)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'key'],
          message: `The variable ${row.key} is defined twice.`,
        })
      }
      seen.add(row.key)
    })
  })

export function rowsToRecord(rows: readonly EnvRow[]): Record<string, string> {
  return Object.fromEntries(rows.map((row) => [row.key.trim(), row.value]))
}

export function recordToRows(record: Record<string, string> | undefined): EnvRow[] {
  return Object.entries(record ?? {}).map(([key, value]) => ({ key, value }))
}
