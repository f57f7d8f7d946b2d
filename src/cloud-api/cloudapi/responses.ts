/**
 * Response bodies, with the wire's own names: lists wrapped twice in the XML-derived style
 * (`ApiGroupAttributes.ApiGroupAttribute[]`, `ApiSummarys.ApiSummary[]` — sic), `RequestId` in every
 * answer. Field names are those of the SDK models' `names()` (`@alicloud/cloudapi20160714`
 * dist/models/<Action>ResponseBody.js); the emulator's tests check them against the SDK.
 * DescribeBackendList is the exception the SDK shows: `BackendInfoList` is a plain array.
 */
import { z } from 'zod'
import { DEPLOYED_STATUSES, STAGE_NAMES } from './constants'

const RequestId = z.string()
const Paging = { PageNumber: z.number(), PageSize: z.number(), TotalCount: z.number(), RequestId }
const wrap = <K extends string, S extends z.ZodType>(key: K, item: S) =>
  z.object({ [key]: z.array(item) } as { [P in K]: z.ZodArray<S> })

/** The error body of every failed action (reference §1.5, fixtures/pop-errors.samples.json). */
export const PopErrorSchema = z.object({
  RequestId,
  HostId: z.string(),
  Code: z.string(),
  Message: z.string(),
  Recommend: z.string().optional(),
})
export type PopError = z.infer<typeof PopErrorSchema>

export const RequestIdOnlySchema = z.object({ RequestId })

// ── API groups ──────────────────────────────────────────────────────────────────────────────────

export const CreateApiGroupResponseSchema = z.object({
  RequestId,
  GroupId: z.string(),
  GroupName: z.string(),
  SubDomain: z.string(),
  Description: z.string(),
  BasePath: z.string(),
  InstanceId: z.string(),
  InstanceType: z.string(),
  TagStatus: z.boolean(),
})

const TagInfo = z.object({ Key: z.string(), Value: z.string() })

export const ApiGroupAttributeSchema = z.object({
  GroupId: z.string(),
  GroupName: z.string(),
  SubDomain: z.string(),
  Description: z.string(),
  CreatedTime: z.string(),
  ModifiedTime: z.string(),
  RegionId: z.string(),
  TrafficLimit: z.number(),
  BillingStatus: z.string(),
  IllegalStatus: z.string(),
  InstanceId: z.string(),
  InstanceType: z.string(),
  HttpsPolicy: z.string(),
  BasePath: z.string(),
  Tags: wrap('TagInfo', TagInfo),
})
export type ApiGroupAttribute = z.infer<typeof ApiGroupAttributeSchema>

export const DescribeApiGroupsResponseSchema = z.object({
  ApiGroupAttributes: wrap('ApiGroupAttribute', ApiGroupAttributeSchema),
  ...Paging,
})

export const StageInfoSchema = z.object({
  StageId: z.string(),
  StageName: z.enum(STAGE_NAMES),
  Description: z.string(),
})

export const DescribeApiGroupResponseSchema = ApiGroupAttributeSchema.omit({ Tags: true }).extend({
  RequestId,
  Status: z.string(),
  StageItems: wrap('StageInfo', StageInfoSchema),
  CustomDomains: wrap('DomainItem', z.record(z.string(), z.unknown())),
  DisableInnerDomain: z.boolean(),
  PassthroughHeaders: z.string(),
})
export type DescribeApiGroupResponse = z.infer<typeof DescribeApiGroupResponseSchema>

export const ModifyApiGroupResponseSchema = z.object({
  RequestId,
  GroupId: z.string(),
  GroupName: z.string(),
  SubDomain: z.string(),
  Description: z.string(),
  BasePath: z.string(),
})

// ── Backend services ────────────────────────────────────────────────────────────────────────────

export const CreateBackendResponseSchema = z.object({ RequestId, BackendId: z.string() })
export const CreateBackendModelResponseSchema = z.object({ RequestId, BackendModelId: z.string() })

export const BackendSummarySchema = z.object({
  BackendId: z.string(),
  BackendName: z.string(),
  BackendType: z.string(),
  Description: z.string(),
  CreatedTime: z.string(),
  ModifiedTime: z.string(),
  Tags: z.array(TagInfo),
})

export const DescribeBackendListResponseSchema = z.object({
  BackendInfoList: z.array(BackendSummarySchema),
  ...Paging,
})

/** `BackendConfig` as DescribeBackendInfo answers it: FunctionComputeConfig has no FcVersion (§1.2). */
export const BackendModelSchema = z.object({
  BackendModelId: z.string(),
  StageName: z.enum(STAGE_NAMES),
  StageModeId: z.string(),
  Description: z.string(),
  GmtCreate: z.string(),
  GmtModified: z.string(),
  BackendConfig: z.record(z.string(), z.unknown()),
})
export type BackendModel = z.infer<typeof BackendModelSchema>

export const DescribeBackendInfoResponseSchema = z.object({
  RequestId,
  BackendInfo: BackendSummarySchema.omit({ Tags: true }).extend({
    BackendModels: z.array(BackendModelSchema),
  }),
})
export type DescribeBackendInfoResponse = z.infer<typeof DescribeBackendInfoResponseSchema>

// ── APIs ────────────────────────────────────────────────────────────────────────────────────────

export const DeployedInfoSchema = z.object({
  StageName: z.enum(STAGE_NAMES),
  DeployedStatus: z.enum(DEPLOYED_STATUSES),
  EffectiveVersion: z.string(),
})
export type DeployedInfo = z.infer<typeof DeployedInfoSchema>

export const ApiSummarySchema = z.object({
  ApiId: z.string(),
  ApiName: z.string(),
  ApiPath: z.string(),
  ApiMethod: z.string(),
  GroupId: z.string(),
  GroupName: z.string(),
  RegionId: z.string(),
  Visibility: z.string(),
  Description: z.string(),
  CreatedTime: z.string(),
  ModifiedTime: z.string(),
  DeployedInfos: wrap('DeployedInfo', DeployedInfoSchema),
  TagList: wrap('Tag', z.object({ TagKey: z.string(), TagValue: z.string() })),
})
export type ApiSummary = z.infer<typeof ApiSummarySchema>

export const DescribeApisResponseSchema = z.object({
  ApiSummarys: wrap('ApiSummary', ApiSummarySchema),
  ...Paging,
})

export const CreateApiResponseSchema = z.object({ RequestId, ApiId: z.string() })

const loose = z.record(z.string(), z.unknown())

/**
 * DescribeApi: the definition as objects, not strings (§1.2). `ServiceConfig.FunctionComputeConfig`
 * says `RegionId` here, not `FcRegionId`.
 */
export const DescribeApiResponseSchema = z.object({
  RequestId,
  RegionId: z.string(),
  GroupId: z.string(),
  GroupName: z.string(),
  ApiId: z.string(),
  ApiName: z.string(),
  Description: z.string(),
  Visibility: z.string(),
  AuthType: z.string(),
  AppCodeAuthType: z.string(),
  AllowSignatureMethod: z.string(),
  ForceNonceCheck: z.boolean(),
  DisableInternet: z.boolean(),
  ResultType: z.string(),
  ResultSample: z.string(),
  FailResultSample: z.string(),
  ResultBodyModel: z.string(),
  WebSocketApiType: z.string(),
  Mock: z.string(),
  MockResult: z.string(),
  RequestConfig: loose,
  ServiceConfig: loose,
  RequestParameters: wrap('RequestParameter', loose),
  ServiceParameters: wrap('ServiceParameter', loose),
  ServiceParametersMap: wrap('ServiceParameterMap', loose),
  ConstantParameters: wrap('ConstantParameter', loose),
  SystemParameters: wrap('SystemParameter', loose),
  CustomSystemParameters: wrap('CustomSystemParameter', loose),
  ErrorCodeSamples: wrap('ErrorCodeSample', loose),
  DeployedInfos: wrap('DeployedInfo', DeployedInfoSchema),
  BackendEnable: z.boolean(),
  BackendConfig: z
    .object({ BackendId: z.string(), BackendName: z.string(), BackendType: z.string() })
    .optional(),
  TagList: wrap('Tag', z.object({ TagKey: z.string(), TagValue: z.string() })),
  CreatedTime: z.string(),
  ModifiedTime: z.string(),
})
export type DescribeApiResponse = z.infer<typeof DescribeApiResponseSchema>

/**
 * DescribeDeployedApi: the snapshot deployed to a stage, DescribeApi's shape plus `StageName` and
 * `DeployedTime` (§1.2). The SDK model has no DeployedInfos / BackendConfig / TagList / times here.
 */
export const DescribeDeployedApiResponseSchema = DescribeApiResponseSchema.omit({
  DeployedInfos: true,
  BackendEnable: true,
  BackendConfig: true,
  TagList: true,
  CreatedTime: true,
  ModifiedTime: true,
  AppCodeAuthType: true,
  Mock: true,
  MockResult: true,
  WebSocketApiType: true,
}).extend({
  StageName: z.enum(STAGE_NAMES),
  DeployedTime: z.string(),
  ResultDescriptions: wrap('ResultDescription', loose),
})
export type DescribeDeployedApiResponse = z.infer<typeof DescribeDeployedApiResponseSchema>
