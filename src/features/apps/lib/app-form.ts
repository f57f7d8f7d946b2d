import { z } from 'zod'
import { AppDescriptionSchema, AppNameSchema, STAGE_NAMES } from '@/cloud-api/cloudapi'

/** Create App: the contract's rules (AppName 4–26 characters, starting with a letter; Description ≤ 180). */
export const appFormSchema = z.object({ AppName: AppNameSchema, Description: AppDescriptionSchema })
export type AppFormValues = z.infer<typeof appFormSchema>
export const APP_FORM_DEFAULTS: AppFormValues = { AppName: '', Description: '' }

export const EXPIRY_MESSAGE = 'Choose a time in the future, or keep “Never expires”.'

/**
 * Authorize (SetApisAuthorities): a group, at least one of its APIs, a stage, and an expiry — never, or
 * a date-time (read as UTC, as the API's AuthValidTime is).
 */
export const authorizeFormSchema = z
  .object({
    groupId: z.string().min(1, 'Choose an API group.'),
    apiIds: z.array(z.string()).min(1, 'Choose at least one API.'),
    stage: z.enum(STAGE_NAMES),
    neverExpires: z.boolean(),
    expiresAt: z.string(),
  })
  .superRefine((values, ctx) => {
    if (values.neverExpires) return
    const ms = Date.parse(`${values.expiresAt}Z`)
    if (!values.expiresAt || Number.isNaN(ms) || ms <= Date.now())
      ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: EXPIRY_MESSAGE })
  })
export type AuthorizeFormValues = z.infer<typeof authorizeFormSchema>

/** "" → never; otherwise a UTC time ("2030-10-05T16:00:00Z") as DescribeAuthorizedApis answers it. */
export function expiryLabel(authValidTime: string): string {
  if (!authValidTime) return 'Never expires'
  const ms = Date.parse(authValidTime)
  if (Number.isNaN(ms)) return authValidTime
  return `${new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, '')} UTC${ms < Date.now() ? ' (expired)' : ''}`
}
