/**
 * The API Gateway (CloudAPI 2016-07-14) tables of the emulator state: groups, backend services with
 * their per-stage backend models, and APIs with their per-stage deployed snapshots. Records keep the
 * wire's PascalCase names so the control plane renders them with little translation.
 *
 * A deployment is a full copy of the API definition and of the backend model it used, taken by
 * DeployApi: editing the API or the backend afterwards changes nothing the data plane serves until the
 * next DeployApi (issue 3 "only the snapshot deployed to that stage serves").
 */
import { z } from 'zod'
import type {
  BackendConfig,
  ConstantParameter,
  RequestConfig,
  RequestParameter,
  ServiceConfig,
  ServiceParameter,
  ServiceParameterMap,
  StageName,
  SystemParameter,
} from '../../cloud-api/cloudapi'

export interface ApiGroupRecord {
  GroupId: string
  GroupName: string
  Description: string
  BasePath: string
  SubDomain: string
  RegionId: string
  InstanceId: string
  InstanceType: string
  CreatedTime: string
  ModifiedTime: string
  /** StageItems of DescribeApiGroup: one id per stage, fixed at creation */
  StageIds: Record<StageName, string>
}

export interface BackendModelRecord {
  BackendModelId: string
  StageName: StageName
  Description: string
  GmtCreate: string
  GmtModified: string
  BackendConfig: BackendConfig
}

export interface BackendRecord {
  BackendId: string
  BackendName: string
  BackendType: string
  Description: string
  CreatedTime: string
  ModifiedTime: string
  /** at most one backend model per stage */
  Models: Partial<Record<StageName, BackendModelRecord>>
}

/** Everything CreateApi / ModifyApi set: what DeployApi copies. */
export interface ApiDefinition {
  ApiName: string
  Description: string
  Visibility: string
  AuthType: string
  AppCodeAuthType: string
  AllowSignatureMethod: string
  ForceNonceCheck: boolean
  DisableInternet: boolean
  ResultType: string
  ResultSample: string
  FailResultSample: string
  ResultBodyModel: string
  WebSocketApiType: string
  RequestConfig: RequestConfig
  ServiceConfig: ServiceConfig
  RequestParameters: RequestParameter[]
  ServiceParameters: ServiceParameter[]
  ServiceParametersMap: ServiceParameterMap[]
  ConstantParameters: ConstantParameter[]
  SystemParameters: SystemParameter[]
  /** ErrorCodeSamples / ResultDescriptions as sent (JSON arrays when they parse) */
  ErrorCodeSamples: unknown[]
  ResultDescriptions: unknown[]
  BackendEnable: boolean
  BackendId: string | null
}

export interface DeploymentRecord {
  /** `EffectiveVersion` of DeployedInfo */
  Version: string
  DeployedTime: string
  Description: string
  GroupName: string
  Definition: ApiDefinition
  /** the backend service and its model for this stage at deploy time (BackendEnable APIs only) */
  Backend: { BackendId: string; BackendName: string; BackendType: string; Model: BackendModelRecord } | null
}

export interface ApiRecord {
  ApiId: string
  GroupId: string
  RegionId: string
  CreatedTime: string
  ModifiedTime: string
  Definition: ApiDefinition
  Deployments: Partial<Record<StageName, DeploymentRecord>>
}

/** An app (issue 4). The credentials are state the data plane checks; they are never logged. */
export interface AppRecord {
  AppId: number
  AppName: string
  Description: string
  Extend: string
  AppKey: string
  AppSecret: string
  AppCode: string
  CreatedTime: string
  ModifiedTime: string
}

/** SetApisAuthorities: app × API × stage, keyed `<AppId>:<ApiId>:<StageName>`. */
export interface AuthorizationRecord {
  AppId: number
  ApiId: string
  GroupId: string
  StageName: StageName
  AuthorizedTime: string
  /** epoch ms; null = never expires */
  ExpiresAt: number | null
  Description: string
}

/** Which APIs a policy applies to, per stage. */
export interface PolicyBinding {
  ApiId: string
  GroupId: string
  StageName: StageName
  BoundTime: string
}

export interface IpControlRecord {
  IpControlId: string
  IpControlName: string
  IpControlType: 'ALLOW' | 'REFUSE'
  Description: string
  RegionId: string
  CreateTime: string
  ModifiedTime: string
  /** ModifiedTime: absent in snapshots written before policy items could be modified (= CreateTime) */
  Policies: {
    PolicyItemId: string
    AppId: string
    CidrIp: string
    CreateTime: string
    ModifiedTime?: string
  }[]
  Bindings: PolicyBinding[]
}

export interface TrafficControlRecord {
  TrafficControlId: string
  TrafficControlName: string
  TrafficControlUnit: 'SECOND' | 'MINUTE' | 'HOUR' | 'DAY'
  ApiDefault: number
  UserDefault: number | null
  AppDefault: number | null
  Description: string
  CreatedTime: string
  ModifiedTime: string
  Specials: { SpecialType: 'APP' | 'USER'; SpecialKey: string; TrafficValue: number }[]
  Bindings: PolicyBinding[]
}

export interface CloudApiTables {
  /** by GroupId */
  groups: Record<string, ApiGroupRecord>
  /** by BackendId */
  backends: Record<string, BackendRecord>
  /** by ApiId */
  apis: Record<string, ApiRecord>
  /** by AppId (as a string key) */
  apps: Record<string, AppRecord>
  /** by `<AppId>:<ApiId>:<StageName>` */
  authorizations: Record<string, AuthorizationRecord>
  /** by IpControlId */
  ipControls: Record<string, IpControlRecord>
  /** by TrafficControlId */
  trafficControls: Record<string, TrafficControlRecord>
}

export const emptyCloudApiTables = (): CloudApiTables => ({
  groups: {},
  backends: {},
  apis: {},
  apps: {},
  authorizations: {},
  ipControls: {},
  trafficControls: {},
})

export const authorizationKey = (appId: number, apiId: string, stage: StageName) =>
  `${appId}:${apiId}:${stage}`

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** A record written by this emulator: checked for its id, trusted for the rest (it is our own output). */
const record = <T>(idKey: string) =>
  z.custom<T>((value) => isObject(value) && typeof value[idKey] === 'string', `a record with ${idKey}`)

/** Validates the tables of a stored or seeded snapshot; snapshots written before issue 3 (or 4) get empty ones. */
export const CloudApiTablesSchema = z
  .object({
    groups: z.record(z.string(), record<ApiGroupRecord>('GroupId')).default({}),
    backends: z.record(z.string(), record<BackendRecord>('BackendId')).default({}),
    apis: z.record(z.string(), record<ApiRecord>('ApiId')).default({}),
    // Issue 4's tables; snapshots written before it load with empty ones.
    apps: z
      .record(
        z.string(),
        z.custom<AppRecord>((v) => isObject(v) && typeof v.AppId === 'number', 'a record with AppId'),
      )
      .default({}),
    authorizations: z
      .record(
        z.string(),
        z.custom<AuthorizationRecord>((v) => isObject(v) && typeof v.ApiId === 'string', 'an authorization'),
      )
      .default({}),
    ipControls: z.record(z.string(), record<IpControlRecord>('IpControlId')).default({}),
    trafficControls: z.record(z.string(), record<TrafficControlRecord>('TrafficControlId')).default({}),
  })
  .superRefine((tables, ctx) => {
    for (const [id, api] of Object.entries(tables.apis)) {
      if (!(api.GroupId in tables.groups))
        ctx.addIssue({ code: 'custom', path: ['apis', id], message: `no group ${api.GroupId}` })
    }
  })
