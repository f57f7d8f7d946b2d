/**
 * Apps: CreateApp, DescribeApps, DescribeAppAttributes, DescribeAppSecurity, ResetAppSecret,
 * ResetAppCode, DeleteApp (reference §1.2, §1.4 step 5; seed 002 Step 4 "Create an app"; SDK models
 * `…AppRequest` / `…ResponseBody`). Credentials are generated in the formats of the SDK's examples:
 * AppId a 14-digit number (`20112314518278`), AppKey a 9-digit numeric string (`203753385`), AppSecret
 * and AppCode 32 hex digits. They are state the data plane checks; nothing here logs them.
 */
import {
  APP_LIMITS,
  AppIdParamsSchema,
  CreateAppParamsSchema,
  DescribeAppAttributesParamsSchema,
  DescribeAppsParamsSchema,
  ResetAppCodeParamsSchema,
  ResetAppSecretParamsSchema,
} from '../../../cloud-api/cloudapi'
import type { AppRecord, CloudApiTables } from '../../store/cloudapi-tables'
import type { DeepReadonly } from '../../store/state'
import { notFound, repeated } from './errors'
import { type CloudApiAction, type CloudApiContext, page, wireTime } from './lookup'
import { parseParams } from './rpc'

type Tables = DeepReadonly<CloudApiTables> | CloudApiTables

export function findApp<T extends Tables>(tables: T, appId: number): T['apps'][string] {
  const app = tables.apps[String(appId)]
  if (!app) throw notFound('App', `No app with AppId ${appId} exists.`)
  return app as T['apps'][string]
}

/** A number from random hex digits, reduced to `digits` decimal digits (leading digit never 0). */
function decimal(ctx: CloudApiContext, digits: number): string {
  const n = Number.parseInt(ctx.ids.hex(12), 16) % 10 ** (digits - 1)
  return String(10 ** (digits - 1) + n)
}

const newAppId = (ctx: CloudApiContext) => Number(decimal(ctx, 14))
/** `20` + 7 digits: the shape of real AppKeys (`203753385`, `203781232` in public captures, reference §2d). */
const newAppKey = (ctx: CloudApiContext) => `20${decimal(ctx, 7)}`
const newSecret = (ctx: CloudApiContext) => ctx.ids.hex(32)

/** Retries a generator until the value is free (ids are random; a clash is rare but possible). */
function unique<T>(make: () => T, taken: (value: T) => boolean): T {
  for (let i = 0; i < 20; i++) {
    const value = make()
    if (!taken(value)) return value
  }
  throw new Error('could not generate a unique app credential')
}

const appsOf = (tables: Tables) => Object.values(tables.apps)

function checkFree(tables: Tables, field: 'AppName' | 'AppKey' | 'AppCode', value: string, self?: number) {
  if (appsOf(tables).some((app) => app[field] === value && app.AppId !== self)) {
    const what = field === 'AppName' ? `an app named '${value}'` : `an app with this ${field}`
    throw repeated(field, `There is already ${what}; choose another.`)
  }
}

export const createApp: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(CreateAppParamsSchema, raw)
  const now = wireTime(ctx.clock.now())
  const app = await ctx.store.transact((draft) => {
    const tables = draft.cloudapi
    checkFree(tables, 'AppName', params.AppName)
    if (params.AppKey !== undefined) checkFree(tables, 'AppKey', params.AppKey)
    if (params.AppCode !== undefined) checkFree(tables, 'AppCode', params.AppCode)
    const record: AppRecord = {
      AppId: unique(
        () => newAppId(ctx),
        (id) => String(id) in tables.apps,
      ),
      AppName: params.AppName,
      Description: params.Description ?? '',
      Extend: params.Extend ?? '',
      AppKey:
        params.AppKey ??
        unique(
          () => newAppKey(ctx),
          (key) => appsOf(tables).some((a) => a.AppKey === key),
        ),
      AppSecret: params.AppSecret ?? newSecret(ctx),
      AppCode:
        params.AppCode ??
        unique(
          () => newSecret(ctx),
          (code) => appsOf(tables).some((a) => a.AppCode === code),
        ),
      CreatedTime: now,
      ModifiedTime: now,
    }
    tables.apps[String(record.AppId)] = record
    return record
  })
  return { AppId: app.AppId, TagStatus: false }
}

const item = (app: DeepReadonly<AppRecord>) => ({
  AppId: app.AppId,
  AppName: app.AppName,
  Description: app.Description,
})

export const describeApps: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(DescribeAppsParamsSchema, raw)
  const apps = appsOf(ctx.store.read().cloudapi)
    .filter((app) => params.AppId === undefined || app.AppId === params.AppId)
    .sort((a, b) => a.AppId - b.AppId)
  const { items, paging } = page(apps, params.PageNumber, params.PageSize ?? APP_LIMITS.pageSizeDefault)
  return { Apps: { AppItem: items.map(item) }, ...paging }
}

export const describeAppAttributes: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(DescribeAppAttributesParamsSchema, raw)
  const keyword = params.AppName?.toLowerCase()
  const apps = appsOf(ctx.store.read().cloudapi)
    .filter((app) => params.AppId === undefined || app.AppId === params.AppId)
    .filter((app) => keyword === undefined || app.AppName.toLowerCase().includes(keyword))
    .filter((app) => params.AppKey === undefined || app.AppKey === params.AppKey)
    .filter((app) => params.AppCode === undefined || app.AppCode === params.AppCode)
    .filter((app) => params.Extend === undefined || app.Extend === params.Extend)
    // Default: newest modification first ("desc: descending order of modification time").
    .sort((a, b) =>
      a.ModifiedTime === b.ModifiedTime ? a.AppId - b.AppId : a.ModifiedTime < b.ModifiedTime ? -1 : 1,
    )
  if (params.Sort !== 'asc') apps.reverse()
  const { items, paging } = page(apps, params.PageNumber, params.PageSize ?? APP_LIMITS.pageSizeDefault)
  return {
    Apps: {
      AppAttribute: items.map((app) => ({
        ...item(app),
        CreatedTime: app.CreatedTime,
        ModifiedTime: app.ModifiedTime,
        Disabled: false,
        Extend: app.Extend,
        Tags: { TagInfo: [] },
      })),
    },
    ...paging,
  }
}

export const describeAppSecurity: CloudApiAction = async (ctx, raw) => {
  const { AppId } = parseParams(AppIdParamsSchema, raw)
  const app = findApp(ctx.store.read().cloudapi, AppId)
  return {
    AppKey: app.AppKey,
    AppSecret: app.AppSecret,
    AppCode: app.AppCode,
    CreatedTime: app.CreatedTime,
    ModifiedTime: app.ModifiedTime,
  }
}

/** The app with this AppKey / AppCode, or NotFoundApp. */
function appBy(tables: CloudApiTables, field: 'AppKey' | 'AppCode', value: string): AppRecord {
  const app = appsOf(tables).find((a) => a[field] === value)
  if (!app) throw notFound('App', `No app has the ${field} '${value}'.`)
  return app
}

/** A new AppSecret (and, when given, a new AppKey): calls signed with the old pair fail from now on. */
export const resetAppSecret: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(ResetAppSecretParamsSchema, raw)
  const now = wireTime(ctx.clock.now())
  await ctx.store.transact((draft) => {
    const app = appBy(draft.cloudapi, 'AppKey', params.AppKey)
    if (params.NewAppKey !== undefined) {
      checkFree(draft.cloudapi, 'AppKey', params.NewAppKey, app.AppId)
      app.AppKey = params.NewAppKey
    }
    app.AppSecret = params.NewAppSecret ?? newSecret(ctx)
    app.ModifiedTime = now
  })
  return {}
}

export const resetAppCode: CloudApiAction = async (ctx, raw) => {
  const params = parseParams(ResetAppCodeParamsSchema, raw)
  const now = wireTime(ctx.clock.now())
  await ctx.store.transact((draft) => {
    const app = appBy(draft.cloudapi, 'AppCode', params.AppCode)
    const tables = draft.cloudapi
    if (params.NewAppCode !== undefined) checkFree(tables, 'AppCode', params.NewAppCode, app.AppId)
    app.AppCode =
      params.NewAppCode ??
      unique(
        () => newSecret(ctx),
        (code) => appsOf(tables).some((a) => a.AppCode === code),
      )
    app.ModifiedTime = now
  })
  return {}
}

/** Deletes the app with its authorizations (they name an app that no longer exists). */
export const deleteApp: CloudApiAction = async (ctx, raw) => {
  const { AppId } = parseParams(AppIdParamsSchema, raw)
  await ctx.store.transact((draft) => {
    findApp(draft.cloudapi, AppId)
    delete draft.cloudapi.apps[String(AppId)]
    for (const [key, grant] of Object.entries(draft.cloudapi.authorizations))
      if (grant.AppId === AppId) delete draft.cloudapi.authorizations[key]
  })
  return {}
}
