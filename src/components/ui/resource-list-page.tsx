import type { ReactNode } from 'react'
import { Button } from './button'
import { ErrorPanel, type ErrorPanelError } from './error-panel'
import { PlusIcon } from './icons'
import { PageHeader } from './page-header'

/**
 * The page of a resource list (Apps, API Groups, IP Control …): the document title, the page header
 * with its primary action, an optional toolbar (search and filters), the list — or, when listing
 * failed, the error with Retry — and "Load more" while there are more pages. Router-agnostic: the
 * caller owns the data, the URL and the dialogs.
 */
export function ResourceListPage({
  documentTitle,
  title,
  description,
  actions,
  toolbar,
  error,
  errorTitle,
  onRetry,
  more,
  children,
}: {
  /** The browser tab's title. */
  documentTitle: string
  title: string
  description: ReactNode
  actions?: ReactNode
  /** Search bar and filters above the list; with it (or `more`) the page body is a stack. */
  toolbar?: ReactNode
  /** Shown instead of the list when set. */
  error: ErrorPanelError | null | undefined
  errorTitle: string
  onRetry: () => void
  /** A paged list (an infinite query's result fits): "Load more" while there is a next page. */
  more?: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown }
  /** The list (usually a Table with its empty state). */
  children: ReactNode
}) {
  const list = error ? (
    <ErrorPanel title={errorTitle} error={error} action={<Button onClick={onRetry}>Retry</Button>} />
  ) : (
    children
  )
  return (
    <>
      <title>{documentTitle}</title>
      <PageHeader title={title} description={description} actions={actions} />
      {toolbar || more ? (
        <div className="stack">
          {toolbar}
          {list}
          {more?.hasNextPage && (
            <div className="load-more">
              <Button loading={more.isFetchingNextPage} onClick={() => more.fetchNextPage()}>
                Load more
              </Button>
            </div>
          )}
        </div>
      ) : (
        list
      )}
    </>
  )
}

/** The primary "Create …" button of a list page (header and empty state). */
export function CreateButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button variant="primary" icon={<PlusIcon />} onClick={onClick}>
      {children}
    </Button>
  )
}

/** A row's Delete action; its accessible name says which row ("Delete my_app"). */
export function DeleteRowButton({ name, onClick }: { name: string; onClick: () => void }) {
  return (
    <Button
      size="sm"
      variant="ghost"
      className="btn--ghost-danger"
      aria-label={`Delete ${name}`}
      onClick={onClick}
    >
      Delete
    </Button>
  )
}
