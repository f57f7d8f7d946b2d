import { useState } from 'react'
import { useSearchParams } from 'react-router'
import type { ApiSummary } from '@/cloud-api/cloudapi'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { GatewayIcon, PlusIcon, SearchIcon } from '@/components/ui/icons'
import { ButtonLink } from '@/components/ui/link'
import { ResourceListPage } from '@/components/ui/resource-list-page'
import { SearchBar } from '@/components/ui/search-bar'
import { toApiError } from '@/lib/api-error'
import { paths } from '@/lib/paths'
import { useApisList } from '../api/list-apis'
import { useGroupOptions } from '../api/list-options'
import { ApisTable } from '../components/apis-table'
import { AuthorizeDialog } from '../components/authorize-dialog'
import { DeleteApiDialog } from '../components/delete-api-dialog'
import { deployedStages } from '../lib/labels'

/**
 * /apis — APIs, filtered by group (?groupId=, the group list's "Manage APIs") and by a name keyword
 * (?name=).
 */
export function Component() {
  const [searchParams, setSearchParams] = useSearchParams()
  const groupId = searchParams.get('groupId') ?? ''
  const name = searchParams.get('name') ?? ''
  const [toDelete, setToDelete] = useState<ApiSummary | null>(null)
  const [toAuthorize, setToAuthorize] = useState<ApiSummary | null>(null)
  const groups = useGroupOptions()
  const list = useApisList({ groupId, name })
  const apis = list.data?.pages.flatMap((page) => page.ApiSummarys.ApiSummary) ?? []
  const total = list.data?.pages[0]?.TotalCount
  const groupName = groups.data?.find((g) => g.GroupId === groupId)?.GroupName

  const setFilter = (next: { groupId?: string; name?: string }) => {
    const params = new URLSearchParams()
    const g = next.groupId ?? groupId
    const n = (next.name ?? name).trim()
    if (g) params.set('groupId', g)
    if (n) params.set('name', n)
    setSearchParams(params, { replace: true })
  }

  const createAction = (
    <ButtonLink href={paths.createApi(groupId || undefined)} variant="primary" icon={<PlusIcon />}>
      Create API
    </ButtonLink>
  )
  const filtered = Boolean(name || groupId)
  const empty = filtered ? (
    <EmptyState
      icon={<SearchIcon width={22} height={22} />}
      title={name ? `No APIs match “${name}”` : `No APIs in ${groupName ?? 'this group'} yet`}
      action={name ? <Button onClick={() => setFilter({ name: '' })}>Clear search</Button> : createAction}
    />
  ) : (
    <EmptyState
      icon={<GatewayIcon width={22} height={22} />}
      title="No APIs yet"
      description="An API maps a request path and method of a group to a backend service, and is published per stage."
      action={createAction}
    />
  )

  return (
    <>
      <ResourceListPage
        documentTitle="APIs · API Gateway"
        title="APIs"
        description="Define requests, point them at a backend service, publish them to a stage, and debug the whole round trip."
        actions={createAction}
        toolbar={
          <SearchBar
            label="Search APIs by name"
            placeholder="Search by API name"
            value={name}
            onSearch={(value) => setFilter({ name: value })}
            count={list.isSuccess ? `${total ?? apis.length} ${total === 1 ? 'API' : 'APIs'}` : undefined}
          >
            <label className="toolbar__select">
              <span className="sr-only">Filter by API group</span>
              <select
                className="input select"
                value={groupId}
                onChange={(event) => setFilter({ groupId: event.target.value })}
              >
                <option value="">All groups</option>
                {groupId && !groupName && <option value={groupId}>{groupId}</option>}
                {(groups.data ?? []).map((g) => (
                  <option key={g.GroupId} value={g.GroupId}>
                    {g.GroupName}
                  </option>
                ))}
              </select>
            </label>
          </SearchBar>
        }
        error={list.isError && !list.data ? toApiError(list.error) : null}
        errorTitle="The APIs could not be listed"
        onRetry={() => list.refetch()}
        more={list}
      >
        <ApisTable
          apis={apis}
          loading={list.isPending}
          empty={empty}
          onDelete={setToDelete}
          onAuthorize={setToAuthorize}
        />
      </ResourceListPage>
      {toAuthorize && <AuthorizeDialog api={toAuthorize} onClose={() => setToAuthorize(null)} />}
      <DeleteApiDialog
        api={toDelete}
        publishedTo={toDelete ? deployedStages(toDelete.DeployedInfos.DeployedInfo) : []}
        onClose={() => setToDelete(null)}
      />
    </>
  )
}
