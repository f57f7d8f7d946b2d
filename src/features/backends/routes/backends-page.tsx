import { useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { GatewayIcon, SearchIcon } from '@/components/ui/icons'
import { CreateButton, ResourceListPage } from '@/components/ui/resource-list-page'
import { SearchBar } from '@/components/ui/search-bar'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { paths } from '@/lib/paths'
import { useBackendsList } from '../api/list-backends'
import { type BackendSummary, BackendsTable } from '../components/backends-table'
import { CreateBackendDialog } from '../components/create-backend-dialog'
import { DeleteBackendDialog } from '../components/delete-backend-dialog'

/**
 * /backends — Backend Services (seed 000/002 Step 2: "choose Manage APIs > Backend Services …
 * click Create Backend Service").
 */
export function Component() {
  const [searchParams, setSearchParams] = useSearchParams()
  const name = searchParams.get('name') ?? ''
  const navigate = useNavigate()
  const toast = useToast()
  const [creating, setCreating] = useState(false)
  const [toDelete, setToDelete] = useState<BackendSummary | null>(null)
  const list = useBackendsList(name)
  const backends = list.data?.pages.flatMap((page) => page.BackendInfoList) ?? []
  const total = list.data?.pages[0]?.TotalCount

  const search = (value: string) =>
    setSearchParams(value.trim() ? { name: value.trim() } : {}, { replace: true })
  const createAction = <CreateButton onClick={() => setCreating(true)}>Create Backend Service</CreateButton>
  const empty = name ? (
    <EmptyState
      icon={<SearchIcon width={22} height={22} />}
      title={`No backend services match “${name}”`}
      action={<Button onClick={() => search('')}>Clear search</Button>}
    />
  ) : (
    <EmptyState
      icon={<GatewayIcon width={22} height={22} />}
      title="No backend services yet"
      description="A backend service points APIs at your event function, with one definition per stage."
      action={createAction}
    />
  )

  return (
    <>
      <ResourceListPage
        documentTitle="Backend Services · API Gateway"
        title="Backend Services"
        description="Where APIs send their requests: define a backend once, bind it to a function per stage, and use it from many APIs."
        actions={createAction}
        toolbar={
          <SearchBar
            label="Search backend services by name"
            placeholder="Search by backend service name"
            value={name}
            onSearch={search}
            count={
              list.isSuccess
                ? `${total ?? backends.length} ${total === 1 ? 'backend service' : 'backend services'}`
                : undefined
            }
          />
        }
        error={list.isError && !list.data ? toApiError(list.error) : null}
        errorTitle="The backend services could not be listed"
        onRetry={() => list.refetch()}
        more={list}
      >
        <BackendsTable backends={backends} loading={list.isPending} empty={empty} onDelete={setToDelete} />
      </ResourceListPage>
      <CreateBackendDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(backend) => {
          setCreating(false)
          toast({
            title: `Backend service ${backend.BackendName} created`,
            description: 'Next: bind a function to the Production stage.',
          })
          navigate(paths.backendDetail(backend.BackendId, 'RELEASE'))
        }}
      />
      <DeleteBackendDialog backend={toDelete} onClose={() => setToDelete(null)} />
    </>
  )
}
