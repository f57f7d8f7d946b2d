/**
 * Authorizing apps to call APIs, per stage: SetApisAuthorities, RemoveApisAuthorities,
 * DescribeAuthorizedApis, DescribeAuthorizedApps (reference §1.2, §1.4 step 6; seed 002 Step 4 "set
 * Stage to Production … Add"). The data plane answers `Unauthorized` to an app without a grant for the
 * API in the called stage, and `Expiry of Authorization` once `AuthValidTime` has passed.
 *
 * Grants name APIs by id; an API deleted later leaves its grants behind, unanswered (they match
 * nothing), as DeleteApi belongs to ./apis.ts.
 */
import {
  APP_LIMITS,
  DescribeAuthorizedApisParamsSchema,
  DescribeAuthorizedAppsParamsSchema,
  RemoveApisAuthoritiesParamsSchema,
  SetApisAuthoritiesParamsSchema,
  STAGE_LABELS,
} from '../../../cloud-api/cloudapi'
import { type AuthorizationRecord, authorizationKey } from '../../store/cloudapi-tables'
import type { DeepReadonly } from '../../store/state'
import { findApp } from './apps'
import { invalid, notFound } from './errors'
import { type CloudApiAction, findApi, findGroup, page, wireTime } from './lookup'
import { parseParams } from './rpc'

/** Grants are made through the API here; the console's would say CONSOLE (SDK: CONSOLE | API). */
const SOURCE = 'API'
/** The API owner grants (SDK `Operator`: PROVIDER | CONSUMER). */
const OPERATOR = 'PROVIDER'

const validTime = (grant: DeepReadonly<AuthorizationRecord>) =>
  grant.ExpiresAt === null ? '' : wireTime(grant.ExpiresAt)

export const setApisAuthorities: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(SetApisAuthoritiesParamsSchema, raw)
  const now = ctx.clock.now()
  const expiresAt = params.AuthValidTime ?? null
  if (expiresAt !== null && expiresAt <= now)
    throw invalid(
      'AuthValidTime',
      `The expiry ${wireTime(expiresAt)} has already passed; give a future time.`,
    )
  await ctx.store.transact((draft) => {
    const tables = draft.cloudapi
    findApp(tables, params.AppId)
    if (params.GroupId) findGroup(tables, params.GroupId)
    for (const apiId of params.ApiIds) {
      const api = findApi(tables, apiId, params.GroupId)
      const key = authorizationKey(params.AppId, api.ApiId, params.StageName)
      const existing = tables.authorizations[key]
      // Granting again changes the expiry and description, not when it was first granted.
      tables.authorizations[key] = {
        AppId: params.AppId,
        ApiId: api.ApiId,
        GroupId: api.GroupId,
        StageName: params.StageName,
        AuthorizedTime: existing?.AuthorizedTime ?? wireTime(now),
        ExpiresAt: expiresAt,
        Description: params.Description ?? existing?.Description ?? '',
      }
    }
  })
  return {}
}

export const removeApisAuthorities: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(RemoveApisAuthoritiesParamsSchema, raw)
  await ctx.store.transact((draft) => {
    const tables = draft.cloudapi
    findApp(tables, params.AppId)
    let removed = 0
    for (const apiId of params.ApiIds) {
      const key = authorizationKey(params.AppId, apiId, params.StageName)
      const grant = tables.authorizations[key]
      if (!grant || (params.GroupId && grant.GroupId !== params.GroupId)) continue
      delete tables.authorizations[key]
      removed++
    }
    if (removed === 0)
      throw notFound(
        'Authorization',
        `App ${params.AppId} is not authorized for these APIs in stage ${params.StageName}.`,
      )
  })
  return {}
}

/** Newest grant first, then by API id, so pages are stable. */
const byTime = (a: DeepReadonly<AuthorizationRecord>, b: DeepReadonly<AuthorizationRecord>) =>
  a.AuthorizedTime === b.AuthorizedTime
    ? a.ApiId < b.ApiId
      ? -1
      : 1
    : a.AuthorizedTime < b.AuthorizedTime
      ? 1
      : -1

export const describeAuthorizedApis: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(DescribeAuthorizedApisParamsSchema, raw)
  const tables = ctx.store.read().cloudapi
  findApp(tables, params.AppId)
  const grants = Object.values(tables.authorizations)
    .filter((grant) => grant.AppId === params.AppId && tables.apis[grant.ApiId] !== undefined)
    .sort(byTime)
  const { items, paging } = page(grants, params.PageNumber, params.PageSize ?? APP_LIMITS.pageSizeDefault)
  return {
    AuthorizedApis: {
      AuthorizedApi: items.map((grant) => {
        const api = tables.apis[grant.ApiId]!
        return {
          ApiId: grant.ApiId,
          ApiName: api.Definition.ApiName,
          GroupId: api.GroupId,
          GroupName: tables.groups[api.GroupId]?.GroupName ?? '',
          RegionId: api.RegionId,
          StageName: grant.StageName,
          Operator: OPERATOR,
          AuthorizedTime: grant.AuthorizedTime,
          AuthVaildTime: validTime(grant),
          AuthorizationSource: SOURCE,
          Description: grant.Description,
        }
      }),
    },
    ...paging,
  }
}

export const describeAuthorizedApps: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(DescribeAuthorizedAppsParamsSchema, raw)
  const tables = ctx.store.read().cloudapi
  const api = findApi(tables, params.ApiId, params.GroupId)
  const keyword = params.AppName?.toLowerCase()
  const grants = Object.values(tables.authorizations)
    .filter((grant) => grant.ApiId === api.ApiId && tables.apps[String(grant.AppId)] !== undefined)
    .filter((grant) => params.StageName === undefined || grant.StageName === params.StageName)
    .filter((grant) => params.AppId === undefined || grant.AppId === params.AppId)
    .filter(
      (grant) =>
        keyword === undefined || tables.apps[String(grant.AppId)]!.AppName.toLowerCase().includes(keyword),
    )
    .sort(byTime)
  const { items, paging } = page(grants, params.PageNumber, params.PageSize ?? APP_LIMITS.pageSizeDefault)
  return {
    AuthorizedApps: {
      AuthorizedApp: items.map((grant) => {
        const app = tables.apps[String(grant.AppId)]!
        return {
          AppId: app.AppId,
          AppName: app.AppName,
          AppDescription: app.Description,
          StageName: grant.StageName,
          StageAlias: STAGE_LABELS[grant.StageName],
          Operator: OPERATOR,
          AuthorizedTime: grant.AuthorizedTime,
          AuthVaildTime: validTime(grant),
          AuthorizationSource: SOURCE,
          Description: grant.Description,
        }
      }),
    },
    ...paging,
  }
}
