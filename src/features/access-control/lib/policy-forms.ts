import { z } from 'zod'
import {
  ACCESS_CONTROL_LIMITS,
  cidrListProblem,
  IP_CONTROL_NAME_MESSAGE,
  IP_CONTROL_TYPES,
  type IpControlInfo,
  type IpControlPolicyItem,
  TRAFFIC_CONTROL_NAME_MESSAGE,
  TRAFFIC_CONTROL_UNITS,
  TRAFFIC_VALUE_MESSAGE,
  type TrafficControl,
  trafficValuesProblem,
} from '@/cloud-api/cloudapi'

/**
 * The forms of the Access Control area, built from the contract's rules (src/cloud-api/cloudapi/
 * access-control.ts, cidr.ts), so the inline messages are the API's own.
 */
export const APP_ID_MESSAGE = 'AppId is the numeric id of an app (Apps page).'

export const ipPolicyRowSchema = z.object({
  cidrIp: z.string().superRefine((text, ctx) => {
    const problem = cidrListProblem(text)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  }),
  appId: z.string().refine((v) => v.trim() === '' || /^\d{1,16}$/.test(v.trim()), APP_ID_MESSAGE),
})

export const ipControlFormSchema = z.object({
  name: z.string().regex(ACCESS_CONTROL_LIMITS.policyName, IP_CONTROL_NAME_MESSAGE),
  type: z.enum(IP_CONTROL_TYPES),
  description: z
    .string()
    .max(
      ACCESS_CONTROL_LIMITS.ipDescriptionMax,
      `The description can be at most ${ACCESS_CONTROL_LIMITS.ipDescriptionMax} characters.`,
    ),
  policies: z
    .array(ipPolicyRowSchema)
    .min(1, 'Add at least one policy.')
    .max(ACCESS_CONTROL_LIMITS.policiesMax, `At most ${ACCESS_CONTROL_LIMITS.policiesMax} policies.`),
})
export type IpControlFormValues = z.infer<typeof ipControlFormSchema>
export const IP_CONTROL_DEFAULTS: IpControlFormValues = {
  name: '',
  type: 'REFUSE',
  description: '',
  policies: [{ cidrIp: '', appId: '' }],
}

/** Modify IP Control (ModifyIpControl): the name and the description; the type cannot change. */
export const ipControlEditSchema = ipControlFormSchema.pick({ name: true, description: true })
export type IpControlEditValues = z.infer<typeof ipControlEditSchema>
export const ipControlEditValuesOf = (policy: IpControlInfo): IpControlEditValues => ({
  name: policy.IpControlName,
  description: policy.Description,
})

/** Add Policy / Modify Policy (AddIpControlPolicyItem / ModifyIpControlPolicyItem): one entry. */
export type PolicyItemFormValues = z.infer<typeof ipPolicyRowSchema>
export const policyItemValuesOf = (item: IpControlPolicyItem | null): PolicyItemFormValues => ({
  cidrIp: item?.CidrIp ?? '',
  appId: item?.AppId ?? '',
})

/** Empty number inputs are NaN: an optional limit left empty is "no limit". */
const optionalLimit = z
  .union([
    z.nan().transform(() => undefined),
    z.number().int(TRAFFIC_VALUE_MESSAGE).min(1, TRAFFIC_VALUE_MESSAGE),
  ])
  .optional()

export const trafficControlFormSchema = z
  .object({
    name: z.string().regex(ACCESS_CONTROL_LIMITS.policyName, TRAFFIC_CONTROL_NAME_MESSAGE),
    unit: z.enum(TRAFFIC_CONTROL_UNITS),
    apiDefault: z
      .number({ error: TRAFFIC_VALUE_MESSAGE })
      .int(TRAFFIC_VALUE_MESSAGE)
      .min(1, TRAFFIC_VALUE_MESSAGE),
    userDefault: optionalLimit,
    appDefault: optionalLimit,
    description: z
      .string()
      .max(
        ACCESS_CONTROL_LIMITS.trafficDescriptionMax,
        `The description can be at most ${ACCESS_CONTROL_LIMITS.trafficDescriptionMax} characters.`,
      ),
  })
  .superRefine((values, ctx) => {
    const problem = trafficValuesProblem({
      ApiDefault: values.apiDefault,
      UserDefault: values.userDefault,
      AppDefault: values.appDefault,
    })
    if (problem) ctx.addIssue({ code: 'custom', path: ['appDefault'], message: problem })
  })
export type TrafficControlFormInput = z.input<typeof trafficControlFormSchema>
export type TrafficControlFormValues = z.output<typeof trafficControlFormSchema>
export const TRAFFIC_CONTROL_DEFAULTS: TrafficControlFormInput = {
  name: '',
  unit: 'MINUTE',
  apiDefault: 1000,
  userDefault: Number.NaN,
  appDefault: Number.NaN,
  description: '',
}

/** A policy's values in the form (Modify Traffic Control); an unset limit is an empty input (NaN). */
export function trafficFormValuesOf(policy: TrafficControl): TrafficControlFormInput {
  return {
    name: policy.TrafficControlName,
    unit: policy.TrafficControlUnit,
    apiDefault: policy.ApiDefault,
    userDefault: policy.UserDefault ?? Number.NaN,
    appDefault: policy.AppDefault ?? Number.NaN,
    description: policy.Description,
  }
}

/** The form's values as CreateTrafficControl / ModifyTrafficControl parameters. */
export const trafficControlParams = (values: TrafficControlFormValues) => ({
  TrafficControlName: values.name,
  TrafficControlUnit: values.unit,
  ApiDefault: values.apiDefault,
  UserDefault: values.userDefault,
  AppDefault: values.appDefault,
  Description: values.description,
})

export const LIMIT_KEPT_MESSAGE =
  'A limit once set cannot be removed: Modify Traffic Control keeps the current value when none is given. Enter a value.'

/**
 * Modify Traffic Control's rules: Create's, plus — as ModifyTrafficControl keeps a value left out — an
 * optional limit the policy already has cannot be emptied (it would silently stay).
 */
export function trafficControlEditSchema(current: TrafficControl) {
  return trafficControlFormSchema.superRefine((values, ctx) => {
    if (current.UserDefault !== undefined && values.userDefault === undefined)
      ctx.addIssue({ code: 'custom', path: ['userDefault'], message: LIMIT_KEPT_MESSAGE })
    if (current.AppDefault !== undefined && values.appDefault === undefined)
      ctx.addIssue({ code: 'custom', path: ['appDefault'], message: LIMIT_KEPT_MESSAGE })
  })
}

export const UNIT_LABELS = { SECOND: 'Second', MINUTE: 'Minute', HOUR: 'Hour', DAY: 'Day' } as const
export const IP_TYPE_LABELS = { ALLOW: 'Allow (whitelist)', REFUSE: 'Refuse (blacklist)' } as const
