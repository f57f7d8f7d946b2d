import { useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import type { ApiGroupAttribute } from '@/cloud-api/cloudapi'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { GatewayIcon, SearchIcon } from '@/components/ui/icons'
import { CreateButton, ResourceListPage } from '@/components/ui/resource-list-page'
import { SearchBar } from '@/components/ui/search-bar'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { paths } from '@/lib/paths'
import { useCreateApiGroup } from '../api/create-group'
import { useApiGroupsList } from '../api/list-groups'
import { DeleteGroupDialog } from '../components/delete-group-dialog'
import { GroupFormDialog } from '../components/group-form-dialog'
import { GroupsTable } from '../components/groups-table'

/**
 * /api-groups — API groups (seed 002 Step 3: "choose Manage APIs > API groups and click Create
 * group"). The search is DescribeApiGroups' GroupName keyword, kept in the URL (?name=).
 */
export function Component() {
  const [searchParams, setSearchParams] = useSearchParams()
  const name = searchParams.get('name') ?? ''
  const navigate = useNavigate()
  const toast = useToast()
  const [creating, setCreating] = useState(false)
  const [toDelete, setToDelete] = useState<ApiGroupAttribute | null>(null)
  const list = useApiGroupsList(name)
  const create = useCreateApiGroup()
  const groups = list.data?.pages.flatMap((page) => page.ApiGroupAttributes.ApiGroupAttribute) ?? []
  const total = list.data?.pages[0]?.TotalCount

  const search = (value: string) =>
    setSearchParams(value.trim() ? { name: value.trim() } : {}, { replace: true })
  const createAction = <CreateButton onClick={() => setCreating(true)}>Create Group</CreateButton>
  const empty = name ? (
    <EmptyState
      icon={<SearchIcon width={22} height={22} />}
      title={`No groups match “${name}”`}
      action={<Button onClick={() => search('')}>Clear search</Button>}
    />
  ) : (
    <EmptyState
      icon={<GatewayIcon width={22} height={22} />}
      title="No API groups yet"
      description="An API group holds related APIs and gives them a subdomain to be called on. Create one in the same region as your function."
      action={createAction}
    />
  )

  return (
    <>
      <ResourceListPage
        documentTitle="API Groups · API Gateway"
        title="API Groups"
        description="Groups organise APIs and give them a second-level domain; security and traffic policies apply per group."
        actions={createAction}
        toolbar={
          <SearchBar
            label="Search groups by name"
            placeholder="Search by group name"
            value={name}
            onSearch={search}
            count={
              list.isSuccess ? `${total ?? groups.length} ${total === 1 ? 'group' : 'groups'}` : undefined
            }
          />
        }
        error={list.isError && !list.data ? toApiError(list.error) : null}
        errorTitle="The API groups could not be listed"
        onRetry={() => list.refetch()}
        more={list}
      >
        <GroupsTable groups={groups} loading={list.isPending} empty={empty} onDelete={setToDelete} />
      </ResourceListPage>
      <GroupFormDialog
        open={creating}
        title="Create Group"
        pending={create.isPending}
        error={create.error}
        onClose={() => {
          setCreating(false)
          create.reset()
        }}
        onSubmit={(values) =>
          create.mutate(values, {
            onSuccess: (group) => {
              toast({
                title: `Group ${group.GroupName} created`,
                description: `Subdomain: ${group.SubDomain}`,
              })
              setCreating(false)
              create.reset()
              navigate(paths.apiGroupDetail(group.GroupId))
            },
          })
        }
      />
      <DeleteGroupDialog group={toDelete} onClose={() => setToDelete(null)} />
    </>
  )
}
