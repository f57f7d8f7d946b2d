/**
 * The gateway's access controls (CloudAPI 2016-07-14; reference §1.2 CreateIpControl …
 * SetTrafficControlApis, §1.4 step 7): IP control lists (ALLOW with an optional app per entry, or
 * REFUSE) and traffic control (throttling) policies, each bound to APIs per stage. Names, types and
 * rules from the SDK models (`@alicloud/cloudapi20160714` dist/models/*.d.ts @remarks):
 *
 * - IpControlName: 4–50 characters, letters, digits and underscores, not starting with `_`.
 * - IpControlPolicys.N (N ≤ 100): `AppId` (ALLOW only; ignored for REFUSE), `CidrIp` with at most 10
 *   addresses or CIDR blocks separated by `;`. On the wire a flattened list (`IpControlPolicys.1.CidrIp`).
 * - TrafficControlName: 4–50 characters, letters, digits and underscores, not starting with `_`;
 *   TrafficControlUnit SECOND | MINUTE | HOUR | DAY; ApiDefault required; UserDefault, AppDefault.
 *   Special policies per APP or USER (AddTrafficSpecialControl).
 * - Editing: ModifyIpControl (name, description; the type cannot change), AddIpControlPolicyItem /
 *   ModifyIpControlPolicyItem (one `CidrIp` list and an optional `AppId` each) and
 *   RemoveIpControlPolicyItem (`PolicyItemIds`, `;`-separated, ≤ 100); ModifyTrafficControl (every
 *   field but the id optional: what is left out stays as it was).
 */
import { z } from 'zod'
import { cidrListProblem } from './cidr'
import { STAGE_NAMES } from './constants'
import { ciEnum } from './rules'

export const IP_CONTROL_TYPES = ['ALLOW', 'REFUSE'] as const
export type IpControlType = (typeof IP_CONTROL_TYPES)[number]
export const TRAFFIC_CONTROL_UNITS = ['SECOND', 'MINUTE', 'HOUR', 'DAY'] as const
export type TrafficControlUnit = (typeof TRAFFIC_CONTROL_UNITS)[number]
export const SPECIAL_TYPES = ['APP', 'USER'] as const
export type SpecialType = (typeof SPECIAL_TYPES)[number]

/** Length of each unit's window, in ms. Windows are fixed and aligned to the epoch (UTC days). */
export const TRAFFIC_UNIT_MS: Record<TrafficControlUnit, number> = {
  SECOND: 1000,
  MINUTE: 60_000,
  HOUR: 3_600_000,
  DAY: 86_400_000,
}

export const ACCESS_CONTROL_LIMITS = {
  policyName: /^[A-Za-z0-9][A-Za-z0-9_]{3,49}$/,
  ipDescriptionMax: 200,
  trafficDescriptionMax: 180,
  policiesMax: 100,
  cidrsPerPolicyMax: 10,
  pageSizeDefault: 10,
  pageSizeMax: 100,
} as const

export const IP_CONTROL_NAME_MESSAGE =
  'The name must be 4 to 50 characters long and contain only letters, digits and underscores (_); it cannot start with an underscore.'
export const TRAFFIC_CONTROL_NAME_MESSAGE = IP_CONTROL_NAME_MESSAGE
export const TRAFFIC_VALUE_MESSAGE = 'Throttling values are whole numbers of calls, at least 1.'
export const TRAFFIC_ORDER_MESSAGE =
  'The app limit cannot exceed the user limit, and neither can exceed the API limit (AppDefault ≤ UserDefault ≤ ApiDefault).'

// ── Parameters ──────────────────────────────────────────────────────────────────────────────────

const page = z.coerce.number().int().min(1, 'PageNumber starts at 1.')
const pageSize = z.coerce
  .number()
  .int()
  .min(1)
  .max(ACCESS_CONTROL_LIMITS.pageSizeMax, `PageSize can be at most ${ACCESS_CONTROL_LIMITS.pageSizeMax}.`)
const StageSchema = ciEnum(STAGE_NAMES, 'StageName')
const PolicyNameSchema = z.string().regex(ACCESS_CONTROL_LIMITS.policyName, IP_CONTROL_NAME_MESSAGE)
const TrafficValueSchema = z.coerce.number().int(TRAFFIC_VALUE_MESSAGE).min(1, TRAFFIC_VALUE_MESSAGE)

const IpDescriptionSchema = z
  .string()
  .max(
    ACCESS_CONTROL_LIMITS.ipDescriptionMax,
    `The description can be at most ${ACCESS_CONTROL_LIMITS.ipDescriptionMax} characters.`,
  )
const TrafficDescriptionSchema = z
  .string()
  .max(
    ACCESS_CONTROL_LIMITS.trafficDescriptionMax,
    `The description can be at most ${ACCESS_CONTROL_LIMITS.trafficDescriptionMax} characters.`,
  )

export const IpControlPolicySchema = z.object({
  AppId: z.string().optional(),
  CidrIp: z.string().superRefine((text, ctx) => {
    const problem = cidrListProblem(text)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  }),
})
export type IpControlPolicy = z.output<typeof IpControlPolicySchema>

/**
 * Gathers the flattened repeat list `IpControlPolicys.N.AppId` / `.CidrIp` (how the SDK and pop-core
 * send it, reference §1.1) into `IpControlPolicys: [{AppId, CidrIp}]`, in N order. A JSON array in
 * `IpControlPolicys` is read too.
 */
function gatherPolicies(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object') return raw
  const params = { ...(raw as Record<string, unknown>) }
  if (typeof params.IpControlPolicys === 'string') {
    try {
      params.IpControlPolicys = JSON.parse(params.IpControlPolicys)
    } catch {}
    return params
  }
  const byIndex = new Map<number, Record<string, unknown>>()
  for (const [key, value] of Object.entries(params)) {
    const match = /^IpControlPolicys\.(\d+)\.(AppId|CidrIp)$/i.exec(key)
    if (!match) continue
    delete params[key]
    const index = Number(match[1])
    const item = byIndex.get(index) ?? {}
    item[match[2]!.toLowerCase() === 'appid' ? 'AppId' : 'CidrIp'] = value
    byIndex.set(index, item)
  }
  if (byIndex.size > 0)
    params.IpControlPolicys = [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v)
  return params
}

export const CreateIpControlParamsSchema = z.preprocess(
  gatherPolicies,
  z.object({
    IpControlName: PolicyNameSchema,
    IpControlType: ciEnum(IP_CONTROL_TYPES, 'IpControlType'),
    Description: IpDescriptionSchema.optional(),
    IpControlPolicys: z
      .array(IpControlPolicySchema)
      .max(ACCESS_CONTROL_LIMITS.policiesMax, `At most ${ACCESS_CONTROL_LIMITS.policiesMax} policies.`)
      .optional(),
  }),
)

export const DescribeIpControlsParamsSchema = z.object({
  IpControlId: z.string().optional(),
  IpControlName: z.string().optional(),
  IpControlType: ciEnum(IP_CONTROL_TYPES, 'IpControlType').optional(),
  PageNumber: page.optional(),
  PageSize: pageSize.optional(),
})

/** SetIpControlApis / RemoveIpControlApis (RemoveIpControlApis without ApiIds unbinds every API of the stage). */
export const IpControlApisParamsSchema = z.object({
  IpControlId: z.string(),
  GroupId: z.string(),
  StageName: StageSchema,
  ApiIds: z.string(),
})
export const RemoveIpControlApisParamsSchema = IpControlApisParamsSchema.extend({
  ApiIds: z.string().optional(),
})
export const IpControlIdParamsSchema = z.object({ IpControlId: z.string() })
export const DescribeIpControlPolicyItemsParamsSchema = z.object({
  IpControlId: z.string(),
  PolicyItemId: z.string().optional(),
  PageNumber: page.optional(),
  PageSize: pageSize.optional(),
})

export const ModifyIpControlParamsSchema = z.object({
  IpControlId: z.string().min(1),
  IpControlName: PolicyNameSchema.optional(),
  Description: IpDescriptionSchema.optional(),
})
/** AddIpControlPolicyItem (and, with PolicyItemId, ModifyIpControlPolicyItem): one entry of a list. */
export const AddIpControlPolicyItemParamsSchema = IpControlPolicySchema.extend({
  IpControlId: z.string().min(1),
})
export const ModifyIpControlPolicyItemParamsSchema = AddIpControlPolicyItemParamsSchema.extend({
  PolicyItemId: z.string().min(1),
})
export const RemoveIpControlPolicyItemParamsSchema = z.object({
  IpControlId: z.string().min(1),
  PolicyItemIds: z
    .string()
    .transform((text) => [...new Set(text.split(';').map((id) => id.trim()))].filter((id) => id !== ''))
    .pipe(
      z
        .array(z.string())
        .min(1, 'Name at least one policy item.')
        .max(
          ACCESS_CONTROL_LIMITS.policiesMax,
          `At most ${ACCESS_CONTROL_LIMITS.policiesMax} ids at a time.`,
        ),
    ),
})

export const CreateTrafficControlParamsSchema = z.object({
  TrafficControlName: z.string().regex(ACCESS_CONTROL_LIMITS.policyName, TRAFFIC_CONTROL_NAME_MESSAGE),
  TrafficControlUnit: ciEnum(TRAFFIC_CONTROL_UNITS, 'TrafficControlUnit'),
  ApiDefault: TrafficValueSchema,
  UserDefault: TrafficValueSchema.optional(),
  AppDefault: TrafficValueSchema.optional(),
  Description: TrafficDescriptionSchema.optional(),
})

/** ModifyTrafficControl: every field but the id optional; one left out keeps its value. */
export const ModifyTrafficControlParamsSchema = z.object({
  TrafficControlId: z.string().min(1),
  TrafficControlName: z
    .string()
    .regex(ACCESS_CONTROL_LIMITS.policyName, TRAFFIC_CONTROL_NAME_MESSAGE)
    .optional(),
  TrafficControlUnit: ciEnum(TRAFFIC_CONTROL_UNITS, 'TrafficControlUnit').optional(),
  ApiDefault: TrafficValueSchema.optional(),
  UserDefault: TrafficValueSchema.optional(),
  AppDefault: TrafficValueSchema.optional(),
  Description: TrafficDescriptionSchema.optional(),
})

/** Why a policy's values are inconsistent (AppDefault ≤ UserDefault ≤ ApiDefault), or null. */
export function trafficValuesProblem(values: {
  ApiDefault: number
  UserDefault?: number
  AppDefault?: number
}): string | null {
  const { ApiDefault, UserDefault, AppDefault } = values
  if (UserDefault !== undefined && UserDefault > ApiDefault) return TRAFFIC_ORDER_MESSAGE
  if (AppDefault !== undefined && AppDefault > (UserDefault ?? ApiDefault)) return TRAFFIC_ORDER_MESSAGE
  return null
}

export const DescribeTrafficControlsParamsSchema = z.object({
  TrafficControlId: z.string().optional(),
  TrafficControlName: z.string().optional(),
  GroupId: z.string().optional(),
  ApiId: z.string().optional(),
  StageName: StageSchema.optional(),
  PageNumber: page.optional(),
  PageSize: pageSize.optional(),
})

export const TrafficControlApisParamsSchema = z.object({
  TrafficControlId: z.string(),
  GroupId: z.string(),
  StageName: StageSchema,
  ApiIds: z.string(),
})
export const RemoveTrafficControlApisParamsSchema = TrafficControlApisParamsSchema.extend({
  ApiIds: z.string().optional(),
})
export const TrafficControlIdParamsSchema = z.object({ TrafficControlId: z.string() })

export const AddTrafficSpecialControlParamsSchema = z.object({
  TrafficControlId: z.string(),
  SpecialType: ciEnum(SPECIAL_TYPES, 'SpecialType'),
  SpecialKey: z.string().min(1),
  TrafficValue: TrafficValueSchema,
})
export const DeleteTrafficSpecialControlParamsSchema = AddTrafficSpecialControlParamsSchema.omit({
  TrafficValue: true,
})

/** DescribeApiIpControls / DescribeApiTrafficControls: the policies bound to a group's APIs in a stage. */
export const ApiPolicyBindingsParamsSchema = z.object({
  GroupId: z.string(),
  StageName: StageSchema.optional(),
  ApiIds: z.string().optional(),
  PageNumber: page.optional(),
  PageSize: pageSize.optional(),
})

export const ACCESS_CONTROL_ACTIONS = {
  CreateIpControl: CreateIpControlParamsSchema,
  DescribeIpControls: DescribeIpControlsParamsSchema,
  DescribeIpControlPolicyItems: DescribeIpControlPolicyItemsParamsSchema,
  ModifyIpControl: ModifyIpControlParamsSchema,
  AddIpControlPolicyItem: AddIpControlPolicyItemParamsSchema,
  ModifyIpControlPolicyItem: ModifyIpControlPolicyItemParamsSchema,
  RemoveIpControlPolicyItem: RemoveIpControlPolicyItemParamsSchema,
  SetIpControlApis: IpControlApisParamsSchema,
  RemoveIpControlApis: RemoveIpControlApisParamsSchema,
  DeleteIpControl: IpControlIdParamsSchema,
  DescribeApiIpControls: ApiPolicyBindingsParamsSchema,
  CreateTrafficControl: CreateTrafficControlParamsSchema,
  DescribeTrafficControls: DescribeTrafficControlsParamsSchema,
  ModifyTrafficControl: ModifyTrafficControlParamsSchema,
  SetTrafficControlApis: TrafficControlApisParamsSchema,
  RemoveTrafficControlApis: RemoveTrafficControlApisParamsSchema,
  DeleteTrafficControl: TrafficControlIdParamsSchema,
  AddTrafficSpecialControl: AddTrafficSpecialControlParamsSchema,
  DeleteTrafficSpecialControl: DeleteTrafficSpecialControlParamsSchema,
  DescribeApiTrafficControls: ApiPolicyBindingsParamsSchema,
} as const

// ── Responses ───────────────────────────────────────────────────────────────────────────────────

const RequestId = z.string()
const Paging = { PageNumber: z.number(), PageSize: z.number(), TotalCount: z.number(), RequestId }

export const CreateIpControlResponseSchema = z.object({ RequestId, IpControlId: z.string() })
export const AddIpControlPolicyItemResponseSchema = z.object({ RequestId, PolicyItemId: z.string() })

export const IpControlInfoSchema = z.object({
  IpControlId: z.string(),
  IpControlName: z.string(),
  IpControlType: z.enum(IP_CONTROL_TYPES),
  Description: z.string(),
  RegionId: z.string(),
  CreateTime: z.string(),
  ModifiedTime: z.string(),
})
export type IpControlInfo = z.infer<typeof IpControlInfoSchema>
export const DescribeIpControlsResponseSchema = z.object({
  IpControlInfos: z.object({ IpControlInfo: z.array(IpControlInfoSchema) }),
  ...Paging,
})

export const IpControlPolicyItemSchema = z.object({
  PolicyItemId: z.string(),
  AppId: z.string(),
  CidrIp: z.string(),
  CreateTime: z.string(),
  ModifiedTime: z.string(),
})
export type IpControlPolicyItem = z.infer<typeof IpControlPolicyItemSchema>
export const DescribeIpControlPolicyItemsResponseSchema = z.object({
  IpControlPolicyItems: z.object({ IpControlPolicyItem: z.array(IpControlPolicyItemSchema) }),
  ...Paging,
})

export const ApiIpControlItemSchema = z.object({
  ApiId: z.string(),
  ApiName: z.string(),
  IpControlId: z.string(),
  IpControlName: z.string(),
  BoundTime: z.string(),
})
export const DescribeApiIpControlsResponseSchema = z.object({
  ApiIpControls: z.object({ ApiIpControlItem: z.array(ApiIpControlItemSchema) }),
  ...Paging,
})

export const CreateTrafficControlResponseSchema = z.object({ RequestId, TrafficControlId: z.string() })

export const SpecialPolicySchema = z.object({
  SpecialType: z.enum(SPECIAL_TYPES),
  Specials: z.object({ Special: z.array(z.object({ SpecialKey: z.string(), TrafficValue: z.number() })) }),
})
export const TrafficControlSchema = z.object({
  TrafficControlId: z.string(),
  TrafficControlName: z.string(),
  TrafficControlUnit: z.enum(TRAFFIC_CONTROL_UNITS),
  ApiDefault: z.number(),
  UserDefault: z.number().optional(),
  AppDefault: z.number().optional(),
  Description: z.string(),
  CreatedTime: z.string(),
  ModifiedTime: z.string(),
  SpecialPolicies: z.object({ SpecialPolicy: z.array(SpecialPolicySchema) }),
})
export type TrafficControl = z.infer<typeof TrafficControlSchema>
export const DescribeTrafficControlsResponseSchema = z.object({
  TrafficControls: z.object({ TrafficControl: z.array(TrafficControlSchema) }),
  ...Paging,
})

export const ApiTrafficControlItemSchema = z.object({
  ApiId: z.string(),
  ApiName: z.string(),
  TrafficControlId: z.string(),
  TrafficControlName: z.string(),
  BoundTime: z.string(),
})
export const DescribeApiTrafficControlsResponseSchema = z.object({
  ApiTrafficControls: z.object({ ApiTrafficControlItem: z.array(ApiTrafficControlItemSchema) }),
  ...Paging,
})
