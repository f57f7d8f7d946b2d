import { PATH_PARAM_SEGMENT } from '@/cloud-api/cloudapi/rules'

/**
 * Fills the `[name]` path parameters of a request path (reference §1.3 RequestPath) with the values
 * given, URL-encoded. A missing value leaves the `[name]` placeholder, so the gap is visible in "the
 * request as sent". The names themselves come from the contract's `pathParameterNames`.
 */
export function fillPath(path: string, values: Readonly<Record<string, string>>): string {
  return path
    .split('/')
    .map((segment) => {
      const name = PATH_PARAM_SEGMENT.exec(segment)?.[1]
      if (name === undefined) return segment
      const value = values[name]
      return value === undefined || value === '' ? segment : encodeURIComponent(value)
    })
    .join('/')
}
