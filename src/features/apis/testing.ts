import type { DescribeApiResponse } from '@/cloud-api/cloudapi'

/** Wire answers for this feature's component tests (see src/lib/cloud/testing.ts for the handler). */
const page = (total: number) => ({ PageNumber: 1, PageSize: 50, TotalCount: total })

export const GROUP = {
  GroupId: '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
  GroupName: 'FC-Group',
  SubDomain: '0f1e2d3c4b5a69788796a5b4c3d2e1f0-cn-hangzhou.alicloudapi.com',
  Description: '',
  CreatedTime: '2024-05-01T08:00:00Z',
  ModifiedTime: '2024-05-01T08:00:00Z',
  RegionId: 'cn-hangzhou',
  TrafficLimit: 500,
  BillingStatus: 'NORMAL',
  IllegalStatus: 'NORMAL',
  InstanceId: 'api-shared-vpc-001',
  InstanceType: 'VPC_SHARED',
  HttpsPolicy: 'HTTPS2_TLS1_0',
  BasePath: '/',
  Tags: { TagInfo: [] },
}

export const BACKEND = {
  BackendId: 'b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0',
  BackendName: 'fc-backend',
  BackendType: 'FC_EVENT_V3',
  Description: '',
  CreatedTime: '2024-05-01T08:00:00Z',
  ModifiedTime: '2024-05-01T08:00:00Z',
  Tags: [],
}

export const groupsAnswer = () => ({ ApiGroupAttributes: { ApiGroupAttribute: [GROUP] }, ...page(1) })
export const backendsAnswer = () => ({ BackendInfoList: [BACKEND], ...page(1) })

export const API_ID = 'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1'

/** An API as DescribeApi answers it: GET /hello/[name] on BACKEND, published to Production. */
export function makeApi(overrides: Partial<DescribeApiResponse> = {}): DescribeApiResponse {
  const wrap = <K extends string>(key: K) => ({ [key]: [] }) as { [P in K]: [] }
  return {
    RequestId: 'R',
    RegionId: 'cn-hangzhou',
    GroupId: GROUP.GroupId,
    GroupName: GROUP.GroupName,
    ApiId: API_ID,
    ApiName: 'hello_api',
    Description: '',
    Visibility: 'PUBLIC',
    AuthType: 'ANONYMOUS',
    AppCodeAuthType: 'DEFAULT',
    AllowSignatureMethod: 'HmacSHA256',
    ForceNonceCheck: false,
    DisableInternet: false,
    ResultType: 'JSON',
    ResultSample: '',
    FailResultSample: '',
    ResultBodyModel: '',
    WebSocketApiType: 'COMMON',
    Mock: 'CLOSED',
    MockResult: '',
    RequestConfig: {
      RequestProtocol: 'HTTP',
      RequestHttpMethod: 'GET',
      RequestPath: '/hello/[name]',
      RequestMode: 'PASSTHROUGH',
    },
    ServiceConfig: { ServiceProtocol: 'FunctionCompute', ServiceTimeout: 10000 },
    RequestParameters: {
      RequestParameter: [
        { ApiParameterName: 'name', Location: 'PATH', ParameterType: 'String', Required: 'REQUIRED' },
      ],
    },
    ServiceParameters: wrap('ServiceParameter'),
    ServiceParametersMap: wrap('ServiceParameterMap'),
    ConstantParameters: wrap('ConstantParameter'),
    SystemParameters: wrap('SystemParameter'),
    CustomSystemParameters: wrap('CustomSystemParameter'),
    ErrorCodeSamples: wrap('ErrorCodeSample'),
    DeployedInfos: {
      DeployedInfo: [
        { StageName: 'RELEASE', DeployedStatus: 'DEPLOYED', EffectiveVersion: 'v1' },
        { StageName: 'PRE', DeployedStatus: 'NONDEPLOYED', EffectiveVersion: '' },
        { StageName: 'TEST', DeployedStatus: 'NONDEPLOYED', EffectiveVersion: '' },
      ],
    },
    BackendEnable: true,
    BackendConfig: {
      BackendId: BACKEND.BackendId,
      BackendName: BACKEND.BackendName,
      BackendType: 'FC_EVENT_V3',
    },
    TagList: { Tag: [] },
    CreatedTime: '2024-05-01T08:00:00Z',
    ModifiedTime: '2024-05-01T08:00:00Z',
    ...overrides,
  }
}

export const describeGroupAnswer = () => {
  const { Tags: _tags, ...attribute } = GROUP
  return {
    ...attribute,
    Status: 'NORMAL',
    StageItems: { StageInfo: [] },
    CustomDomains: { DomainItem: [] },
    DisableInnerDomain: false,
    PassthroughHeaders: '',
  }
}
