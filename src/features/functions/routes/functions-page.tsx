import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorPanel } from '@/components/ui/error-panel'
import { FunctionIcon, PlusIcon, SearchIcon } from '@/components/ui/icons'
import { ButtonLink } from '@/components/ui/link'
import { PageHeader } from '@/components/ui/page-header'
import { toApiError } from '@/lib/api-error'
import { paths } from '@/lib/paths'
import { useFunctionsList } from '../api/list-functions'
import { DeleteFunctionDialog } from '../components/delete-function-dialog'
import { FunctionsTable } from '../components/functions-table'

/**
 * /functions — the list. The search is a name prefix (ListFunctions has `prefix`, not a full-text
 * search) and lives in the URL (?prefix=) so a filtered list can be linked; paging follows
 * `nextToken` with "Load more".
 */
export function Component() {
  const [searchParams, setSearchParams] = useSearchParams()
  const prefix = searchParams.get('prefix') ?? ''
  const [draft, setDraft] = useState(prefix)
  // Back/forward changes ?prefix= under us: follow it in the search box.
  const [shownPrefix, setShownPrefix] = useState(prefix)
  if (shownPrefix !== prefix) {
    setShownPrefix(prefix)
    setDraft(prefix)
  }
  const [toDelete, setToDelete] = useState<string | null>(null)
  const list = useFunctionsList(prefix)
  const functions = list.data?.pages.flatMap((page) => page.functions) ?? []

  const search = (value: string) => {
    setDraft(value)
    setSearchParams(value.trim() ? { prefix: value.trim() } : {}, { replace: true })
  }

  const createAction = (
    <ButtonLink href={paths.createFunction} variant="primary" icon={<PlusIcon />}>
      Create Function
    </ButtonLink>
  )

  const empty = prefix ? (
    <EmptyState
      icon={<SearchIcon width={22} height={22} />}
      title={`No functions start with “${prefix}”`}
      description="Function names are matched from their first character."
      action={<Button onClick={() => search('')}>Clear search</Button>}
    />
  ) : (
    <EmptyState
      icon={<FunctionIcon width={22} height={22} />}
      title="No functions yet"
      description="Create an event function, write its code, and test it with an API Gateway event."
      action={createAction}
    />
  )

  return (
    <>
      <title>Functions · Function Compute</title>
      <PageHeader
        title="Functions"
        description="Event and web functions: API Gateway calls them through a backend service."
        actions={createAction}
      />
      <div className="stack">
        <search>
          <form
            className="toolbar"
            onSubmit={(event) => {
              event.preventDefault()
              search(draft)
            }}
          >
            <div className="search-box">
              <SearchIcon className="search-box__icon" />
              <input
                type="search"
                className="input search-box__input"
                aria-label="Search functions by name prefix"
                placeholder="Search by function name prefix"
                value={draft}
                onChange={(event) => setDraft(event.target.value)}
              />
            </div>
            <Button type="submit">Search</Button>
            {prefix && (
              <Button variant="ghost" onClick={() => search('')}>
                Clear
              </Button>
            )}
            <div className="spacer" />
            {list.isSuccess && (
              <span className="muted" aria-live="polite">
                {functions.length} {functions.length === 1 ? 'function' : 'functions'}
                {list.hasNextPage ? ' shown' : ''}
              </span>
            )}
          </form>
        </search>

        {list.isError && !list.data ? (
          <ErrorPanel
            title="The functions could not be listed"
            error={toApiError(list.error)}
            action={<Button onClick={() => list.refetch()}>Retry</Button>}
          />
        ) : (
          <FunctionsTable
            functions={functions}
            loading={list.isPending}
            empty={empty}
            onDelete={setToDelete}
          />
        )}

        {list.hasNextPage && (
          <div className="load-more">
            <Button loading={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
              Load more
            </Button>
          </div>
        )}
        {list.isFetchNextPageError && (
          <ErrorPanel title="The next page could not be loaded" error={toApiError(list.error)} />
        )}
      </div>
      <DeleteFunctionDialog name={toDelete} onClose={() => setToDelete(null)} />
    </>
  )
}
