/**
 * Records → response bodies, with the SDK models' names (dist/models/Describe*ResponseBody.js
 * `names()`): double-wrapped lists, `RegionId` instead of `FcRegionId` inside DescribeApi's
 * FunctionComputeConfig, no FcVersion inside DescribeBackendInfo's (reference §1.2).
 */
import {
  CLOUDAPI_LIMITS,
  type DeployedInfo,
  type FunctionComputeConfig,
  GROUP_DEFAULTS,
  type ServiceConfig,
  STAGE_LABELS,
  STAGE_NAMES,
} from '../../../cloud-api/cloudapi'
import type {
  ApiDefinition,
  ApiGroupRecord,
  ApiRecord,
  BackendModelRecord,
  BackendRecord,
} from '../../store/cloudapi-tables'
import type { DeepReadonly } from '../../store/state'

type R<T> = DeepReadonly<T>

export function renderGroupAttribute(group: R<ApiGroupRecord>) {
  return {
    GroupId: group.GroupId,
    GroupName: group.GroupName,
    SubDomain: group.SubDomain,
    Description: group.Description,
    CreatedTime: group.CreatedTime,
    ModifiedTime: group.ModifiedTime,
    RegionId: group.RegionId,
    TrafficLimit: GROUP_DEFAULTS.TrafficLimit,
    BillingStatus: GROUP_DEFAULTS.BillingStatus,
    IllegalStatus: GROUP_DEFAULTS.IllegalStatus,
    InstanceId: group.InstanceId,
    InstanceType: group.InstanceType,
    HttpsPolicy: GROUP_DEFAULTS.HttpsPolicy,
    BasePath: group.BasePath,
    Tags: { TagInfo: [] },
  }
}

export function renderDescribeApiGroup(group: R<ApiGroupRecord>) {
  const { Tags: _tags, ...attribute } = renderGroupAttribute(group)
  return {
    ...attribute,
    Status: GROUP_DEFAULTS.Status,
    StageItems: {
      StageInfo: STAGE_NAMES.map((stage) => ({
        StageId: group.StageIds[stage],
        StageName: stage,
        Description: STAGE_LABELS[stage],
      })),
    },
    CustomDomains: { DomainItem: [] },
    DisableInnerDomain: false,
    PassthroughHeaders: '',
  }
}

export function renderBackendSummary(backend: R<BackendRecord>) {
  return {
    BackendId: backend.BackendId,
    BackendName: backend.BackendName,
    BackendType: backend.BackendType,
    Description: backend.Description,
    CreatedTime: backend.CreatedTime,
    ModifiedTime: backend.ModifiedTime,
    Tags: [],
  }
}

/** DescribeBackendInfo's FunctionComputeConfig fields (SDK `…BackendConfigFunctionComputeConfig`). */
const BACKEND_FC_KEYS = [
  'FcBaseUrl',
  'FcRegionId',
  'FcType',
  'FunctionName',
  'OnlyBusinessPath',
  'Qualifier',
  'RoleArn',
  'ServiceName',
  'TriggerName',
] as const

function pick<T extends object>(value: T, keys: readonly string[]): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([key, v]) => keys.includes(key) && v !== undefined),
  ) as Partial<T>
}

export function renderBackendModel(model: R<BackendModelRecord>, backend: R<BackendRecord>) {
  const { FunctionComputeConfig, ...rest } = model.BackendConfig
  return {
    BackendModelId: model.BackendModelId,
    StageName: model.StageName,
    // The SDK example gives StageModeId the backend's id; echoed as such.
    StageModeId: backend.BackendId,
    Description: model.Description,
    GmtCreate: model.GmtCreate,
    GmtModified: model.GmtModified,
    BackendConfig: {
      ...rest,
      Type: backend.BackendType,
      ServiceTimeout: rest.ServiceTimeout ?? CLOUDAPI_LIMITS.serviceTimeoutDefault,
      ...(FunctionComputeConfig
        ? { FunctionComputeConfig: pick(FunctionComputeConfig, BACKEND_FC_KEYS) }
        : {}),
    },
  }
}

export function renderDeployedInfos(api: R<ApiRecord>): { DeployedInfo: DeployedInfo[] } {
  return {
    DeployedInfo: STAGE_NAMES.map((stage) => {
      const deployment = api.Deployments[stage]
      return {
        StageName: stage,
        DeployedStatus: deployment ? 'DEPLOYED' : 'NONDEPLOYED',
        EffectiveVersion: deployment?.Version ?? '',
      }
    }),
  }
}

export function renderApiSummary(api: R<ApiRecord>, group: R<ApiGroupRecord>) {
  return {
    ApiId: api.ApiId,
    ApiName: api.Definition.ApiName,
    ApiPath: api.Definition.RequestConfig.RequestPath,
    ApiMethod: api.Definition.RequestConfig.RequestHttpMethod,
    GroupId: api.GroupId,
    GroupName: group.GroupName,
    RegionId: api.RegionId,
    Visibility: api.Definition.Visibility,
    Description: api.Definition.Description,
    CreatedTime: api.CreatedTime,
    ModifiedTime: api.ModifiedTime,
    DeployedInfos: renderDeployedInfos(api),
    TagList: { Tag: [] },
  }
}

/** DescribeApi answers FunctionComputeConfig with `RegionId` (§1.2). */
function renderServiceConfig(config: R<ServiceConfig>) {
  const { FunctionComputeConfig, MockHeaders, ...rest } = config
  const out: Record<string, unknown> = {
    ...rest,
    ServiceTimeout: rest.ServiceTimeout ?? CLOUDAPI_LIMITS.serviceTimeoutDefault,
  }
  if (MockHeaders) out.MockHeaders = { MockHeader: MockHeaders }
  if (FunctionComputeConfig) {
    const { FcRegionId, ...fc } = FunctionComputeConfig as R<FunctionComputeConfig>
    out.FunctionComputeConfig = { ...fc, RegionId: FcRegionId ?? '' }
  }
  return out
}

/**
 * DescribeDeployedApi's SDK model knows fewer ServiceConfig fields than DescribeApi's (no content type,
 * OSS or EventBridge settings; no FcVersion / TriggerName in FunctionComputeConfig): answered as the SDK
 * reads it.
 */
function forDeployedApi(config: Record<string, unknown>) {
  const {
    ContentTypeCatagory: _a,
    ContentTypeValue: _b,
    OssConfig: _c,
    EventBridgeConfig: _d,
    ...rest
  } = config
  const fc = rest.FunctionComputeConfig as Record<string, unknown> | undefined
  if (fc) {
    const { FcVersion: _e, TriggerName: _f, ...kept } = fc
    rest.FunctionComputeConfig = kept
  }
  return rest
}

/** The definition fields shared by DescribeApi and DescribeDeployedApi (`deployed`). */
export function renderDefinition(definition: R<ApiDefinition>, deployed = false) {
  const serviceConfig = renderServiceConfig(definition.ServiceConfig)
  return {
    ApiName: definition.ApiName,
    Description: definition.Description,
    Visibility: definition.Visibility,
    AuthType: definition.AuthType,
    AllowSignatureMethod: definition.AllowSignatureMethod,
    ForceNonceCheck: definition.ForceNonceCheck,
    DisableInternet: definition.DisableInternet,
    ResultType: definition.ResultType,
    ResultSample: definition.ResultSample,
    FailResultSample: definition.FailResultSample,
    ResultBodyModel: definition.ResultBodyModel,
    RequestConfig: { ...definition.RequestConfig },
    ServiceConfig: deployed ? forDeployedApi(serviceConfig) : serviceConfig,
    RequestParameters: { RequestParameter: definition.RequestParameters },
    // The SDK's ServiceParameter has no ParameterCatalog: it is kept in the record, not answered.
    ServiceParameters: {
      ServiceParameter: definition.ServiceParameters.map(
        ({ ServiceParameterName, Location, ParameterType }) => ({
          ServiceParameterName,
          Location,
          ParameterType,
        }),
      ),
    },
    ServiceParametersMap: { ServiceParameterMap: definition.ServiceParametersMap },
    ConstantParameters: { ConstantParameter: definition.ConstantParameters },
    SystemParameters: { SystemParameter: definition.SystemParameters },
    CustomSystemParameters: { CustomSystemParameter: [] },
    ErrorCodeSamples: { ErrorCodeSample: definition.ErrorCodeSamples },
  }
}
