/**
 * Apps and their authorization to call APIs (CloudAPI 2016-07-14; reference §1.2 CreateApp …
 * DescribeAuthorizedApis, §1.4 steps 5–6; seed 002 Step 4 "Create an app and grant authorization").
 * Names, types and @example values are those of the SDK models (`@alicloud/cloudapi20160714`
 * dist/models/<Action>Request / <Action>ResponseBody): `AppId` is a **number** on the wire, AppKey a
 * numeric string (`60030986`), AppSecret and AppCode 32 hex digits; the expiry of an authorization is
 * answered as `AuthVaildTime` (sic).
 *
 * Rules the SDK states: AppName 4–26 characters, starts with a letter, letters/digits/underscore;
 * Description ≤ 180; ApiIds a comma list of at most 100. Rules that are ours (guessed, listed in
 * docs/emulator-fidelity.md): the shapes of custom AppKey / AppSecret / AppCode values.
 */
import { z } from 'zod'
import { STAGE_NAMES } from './constants'
import { ciEnum } from './rules'

export const APP_LIMITS = {
  /** SDK `CreateAppRequest.appName`: "4 to 26 characters … letters, digits, and underscores (_), and must start with a letter" */
  appName: /^[A-Za-z][A-Za-z0-9_]{3,25}$/,
  descriptionMax: 180,
  /** custom AppKey (CreateApp / ResetAppSecret `NewAppKey`): no published rule; ours */
  appKey: /^[A-Za-z0-9_-]{6,64}$/,
  /** custom AppSecret: no published rule (the doc's own example secret is `123456`); ours */
  appSecret: /^[\x21-\x7e]{6,64}$/,
  /** custom AppCode: no published rule (the SDK example `NewAppCode` has 33 characters); ours */
  appCode: /^[A-Za-z0-9_-]{8,64}$/,
  /** SetApisAuthorities "A maximum of 100 API IDs can be entered" */
  apiIdsMax: 100,
  /** DescribeApps / DescribeAppAttributes / DescribeAuthorizedApis: "Maximum value: 100. Default value: 10" */
  pageSizeDefault: 10,
  pageSizeMax: 100,
} as const

export const APP_NAME_MESSAGE =
  'The app name must be 4 to 26 characters long, start with a letter, and contain only letters, digits and underscores (_).'
export const APP_DESCRIPTION_MESSAGE = `The description can be at most ${APP_LIMITS.descriptionMax} characters.`
export const APP_KEY_MESSAGE =
  'A custom AppKey must be 6 to 64 characters: letters, digits, underscores (_) and hyphens (-).'
export const APP_SECRET_MESSAGE =
  'A custom AppSecret must be 6 to 64 printable ASCII characters without spaces.'
export const APP_CODE_MESSAGE =
  'A custom AppCode must be 8 to 64 characters: letters, digits, underscores (_) and hyphens (-).'
export const API_IDS_MESSAGE = `ApiIds is a comma-separated list of 1 to ${APP_LIMITS.apiIdsMax} API ids.`
export const AUTH_VALID_TIME_MESSAGE =
  'AuthValidTime is a UTC time such as 2030-10-05T16:00:00Z or Fri, 05 Oct 2030 16:00:00 GMT; leave it empty for an authorization that never expires.'

export const AppNameSchema = z.string().regex(APP_LIMITS.appName, APP_NAME_MESSAGE)
export const AppDescriptionSchema = z.string().max(APP_LIMITS.descriptionMax, APP_DESCRIPTION_MESSAGE)

/** `AppId` travels as digits in the query or form; the emulator works with the number. */
export const AppIdSchema = z
  .union([z.number(), z.string()])
  .transform((value) => String(value).trim())
  .refine((value) => /^\d{1,16}$/.test(value), 'AppId is the numeric id CreateApp answered.')
  .transform(Number)

const page = z.coerce.number().int().min(1, 'PageNumber starts at 1.')
const pageSize = z.coerce
  .number()
  .int()
  .min(1)
  .max(APP_LIMITS.pageSizeMax, `PageSize can be at most ${APP_LIMITS.pageSizeMax}.`)
const StageSchema = ciEnum(STAGE_NAMES, 'StageName')

/** `a,b,c` → `['a','b','c']` (blanks dropped, duplicates removed, at most 100). */
export const ApiIdsSchema = z
  .string()
  .transform((text) => [...new Set(text.split(',').map((id) => id.trim()))].filter((id) => id !== ''))
  .refine((ids) => ids.length >= 1 && ids.length <= APP_LIMITS.apiIdsMax, API_IDS_MESSAGE)

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * Reads `AuthValidTime` (epoch ms), or null when it is not a time. Accepted: ISO 8601 UTC
 * (`2018-10-05T16:00:00Z`, the form DescribeAuthorizedApis answers), RFC 1123 (`Fri, 05 Oct 2018
 * 16:00:00 GMT`) and the squeezed form of the SDK's @example, `Fri,05Oct201816:00:00GMT`.
 */
export function parseAuthValidTime(text: string): number | null {
  const value = text.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?Z$/.exec(value)
  if (iso) {
    const [, y, mo, d, h, mi, s] = iso.map(Number) as number[]
    const ms = Date.UTC(y!, mo! - 1, d!, h!, mi!, s || 0)
    return Number.isNaN(ms) ? null : ms
  }
  const http = /^[A-Za-z]{3},\s*(\d{1,2})\s*([A-Za-z]{3})\s*(\d{4})\s*(\d{2}):(\d{2}):(\d{2})\s*GMT$/.exec(
    value,
  )
  if (http) {
    const month = MONTHS.indexOf(http[2]!)
    if (month < 0) return null
    return Date.UTC(
      Number(http[3]),
      month,
      Number(http[1]),
      Number(http[4]),
      Number(http[5]),
      Number(http[6]),
    )
  }
  return null
}

/** `""` → no expiry (null); anything else must be a time (parseAuthValidTime). */
export const AuthValidTimeSchema = z.string().transform((text, ctx) => {
  if (text.trim() === '') return null
  const ms = parseAuthValidTime(text)
  if (ms === null) {
    ctx.addIssue({ code: 'custom', message: AUTH_VALID_TIME_MESSAGE })
    return z.NEVER
  }
  return ms
})

// ── Parameters ──────────────────────────────────────────────────────────────────────────────────

export const CreateAppParamsSchema = z.object({
  AppName: AppNameSchema,
  Description: AppDescriptionSchema.optional(),
  AppKey: z.string().regex(APP_LIMITS.appKey, APP_KEY_MESSAGE).optional(),
  AppSecret: z.string().regex(APP_LIMITS.appSecret, APP_SECRET_MESSAGE).optional(),
  AppCode: z.string().regex(APP_LIMITS.appCode, APP_CODE_MESSAGE).optional(),
  Extend: z.string().optional(),
})

export const DescribeAppsParamsSchema = z.object({
  AppId: AppIdSchema.optional(),
  AppOwner: z.string().optional(),
  PageNumber: page.optional(),
  PageSize: pageSize.optional(),
})

export const DescribeAppAttributesParamsSchema = z.object({
  AppId: AppIdSchema.optional(),
  AppName: z.string().optional(),
  AppKey: z.string().optional(),
  AppCode: z.string().optional(),
  Extend: z.string().optional(),
  Sort: ciEnum(['asc', 'desc'], 'Sort').optional(),
  PageNumber: page.optional(),
  PageSize: pageSize.optional(),
})

/** DescribeAppSecurity, DeleteApp. */
export const AppIdParamsSchema = z.object({ AppId: AppIdSchema })

/** ResetAppSecret: names the app by its current AppKey; a new secret is generated unless given. */
export const ResetAppSecretParamsSchema = z.object({
  AppKey: z.string().min(1),
  NewAppKey: z.string().regex(APP_LIMITS.appKey, APP_KEY_MESSAGE).optional(),
  NewAppSecret: z.string().regex(APP_LIMITS.appSecret, APP_SECRET_MESSAGE).optional(),
})

/** ResetAppCode: names the app by its current AppCode; a new code is generated unless given. */
export const ResetAppCodeParamsSchema = z.object({
  AppCode: z.string().min(1),
  NewAppCode: z.string().regex(APP_LIMITS.appCode, APP_CODE_MESSAGE).optional(),
})

export const SetApisAuthoritiesParamsSchema = z.object({
  AppId: AppIdSchema,
  StageName: StageSchema,
  ApiIds: ApiIdsSchema,
  GroupId: z.string().optional(),
  AuthValidTime: AuthValidTimeSchema.optional(),
  Description: AppDescriptionSchema.optional(),
})

export const RemoveApisAuthoritiesParamsSchema = z.object({
  AppId: AppIdSchema,
  StageName: StageSchema,
  ApiIds: ApiIdsSchema,
  GroupId: z.string().optional(),
})

export const DescribeAuthorizedApisParamsSchema = z.object({
  AppId: AppIdSchema,
  PageNumber: page.optional(),
  PageSize: pageSize.optional(),
})

/** DescribeAuthorizedApps: the apps allowed to call one API (GroupId and ApiId required in the SDK docs). */
export const DescribeAuthorizedAppsParamsSchema = z.object({
  GroupId: z.string(),
  ApiId: z.string(),
  StageName: StageSchema.optional(),
  AppId: AppIdSchema.optional(),
  AppName: z.string().optional(),
  AppOwnerId: z.string().optional(),
  PageNumber: page.optional(),
  PageSize: pageSize.optional(),
})

export const APP_ACTIONS = {
  CreateApp: CreateAppParamsSchema,
  DescribeApps: DescribeAppsParamsSchema,
  DescribeAppAttributes: DescribeAppAttributesParamsSchema,
  DescribeAppSecurity: AppIdParamsSchema,
  ResetAppSecret: ResetAppSecretParamsSchema,
  ResetAppCode: ResetAppCodeParamsSchema,
  DeleteApp: AppIdParamsSchema,
  SetApisAuthorities: SetApisAuthoritiesParamsSchema,
  RemoveApisAuthorities: RemoveApisAuthoritiesParamsSchema,
  DescribeAuthorizedApis: DescribeAuthorizedApisParamsSchema,
  DescribeAuthorizedApps: DescribeAuthorizedAppsParamsSchema,
} as const

// ── Responses ───────────────────────────────────────────────────────────────────────────────────

const RequestId = z.string()
const Paging = { PageNumber: z.number(), PageSize: z.number(), TotalCount: z.number(), RequestId }
const TagInfo = z.object({ Key: z.string(), Value: z.string() })

export const CreateAppResponseSchema = z.object({ RequestId, AppId: z.number(), TagStatus: z.boolean() })

export const AppItemSchema = z.object({ AppId: z.number(), AppName: z.string(), Description: z.string() })
export type AppItem = z.infer<typeof AppItemSchema>
export const DescribeAppsResponseSchema = z.object({
  Apps: z.object({ AppItem: z.array(AppItemSchema) }),
  ...Paging,
})

export const AppAttributeSchema = AppItemSchema.extend({
  CreatedTime: z.string(),
  ModifiedTime: z.string(),
  Disabled: z.boolean(),
  Extend: z.string(),
  Tags: z.object({ TagInfo: z.array(TagInfo) }),
})
export type AppAttribute = z.infer<typeof AppAttributeSchema>
export const DescribeAppAttributesResponseSchema = z.object({
  Apps: z.object({ AppAttribute: z.array(AppAttributeSchema) }),
  ...Paging,
})

/** The credentials: what the console's app page shows (and the proxy signs with, decision 007). */
export const DescribeAppSecurityResponseSchema = z.object({
  RequestId,
  AppKey: z.string(),
  AppSecret: z.string(),
  AppCode: z.string(),
  CreatedTime: z.string(),
  ModifiedTime: z.string(),
})
export type DescribeAppSecurityResponse = z.infer<typeof DescribeAppSecurityResponseSchema>

/** One authorization. `AuthVaildTime` (sic) is `""` when it never expires (ours; not documented). */
export const AuthorizedApiSchema = z.object({
  ApiId: z.string(),
  ApiName: z.string(),
  GroupId: z.string(),
  GroupName: z.string(),
  RegionId: z.string(),
  StageName: z.enum(STAGE_NAMES),
  Operator: z.string(),
  AuthorizedTime: z.string(),
  AuthVaildTime: z.string(),
  AuthorizationSource: z.string(),
  Description: z.string(),
})
export type AuthorizedApi = z.infer<typeof AuthorizedApiSchema>
export const DescribeAuthorizedApisResponseSchema = z.object({
  AuthorizedApis: z.object({ AuthorizedApi: z.array(AuthorizedApiSchema) }),
  ...Paging,
})

export const AuthorizedAppSchema = z.object({
  AppId: z.number(),
  AppName: z.string(),
  AppDescription: z.string(),
  StageName: z.enum(STAGE_NAMES),
  StageAlias: z.string(),
  Operator: z.string(),
  AuthorizedTime: z.string(),
  AuthVaildTime: z.string(),
  AuthorizationSource: z.string(),
  Description: z.string(),
})
export type AuthorizedApp = z.infer<typeof AuthorizedAppSchema>
export const DescribeAuthorizedAppsResponseSchema = z.object({
  AuthorizedApps: z.object({ AuthorizedApp: z.array(AuthorizedAppSchema) }),
  ...Paging,
})
