/**
 * Paging of ListServices / ListFunctions / ListTriggers (seed 004): `limit` ("Defaults to 20 and cannot
 * exceed 100"), `prefix` ("Limits the resource names that begin with the specified prefix"),
 * `startKey` ("Specifies the resource name where to start the query") and `nextToken` ("Is used to
 * query more resource records. The token is included in the List API response").
 *
 * Names are listed in code-unit order. The token is the name of the first resource of the next page,
 * as FC 2.0 hands it out; callers should treat it as opaque.
 */
import { FC2_LIST_LIMIT, ListQuerySchema } from '../../../cloud-api/fc2'
import type { OpContext } from '../../context'
import { parseAs } from '../../http/request'

export interface Page {
  names: string[]
  nextToken?: string
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

export function pageOf(ctx: OpContext, allNames: Iterable<string>): Page {
  const query = parseAs(ListQuerySchema, Object.fromEntries(ctx.url.searchParams))
  const limit = query.limit ?? FC2_LIST_LIMIT.default
  const prefix = query.prefix ?? ''
  // The later of startKey and nextToken: a token continues a listing that started at startKey.
  const starts = [query.startKey, query.nextToken].filter((s): s is string => !!s).sort(byCodeUnit)
  const start = starts[starts.length - 1]
  const names = [...allNames]
    .filter((name) => name.startsWith(prefix) && (start === undefined || name >= start))
    .sort(byCodeUnit)
  const page: Page = { names: names.slice(0, limit) }
  const next = names[limit]
  if (next !== undefined) page.nextToken = next
  return page
}
