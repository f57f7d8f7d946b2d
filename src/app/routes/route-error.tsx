import { isRouteErrorResponse, useRouteError } from 'react-router'
import { Button } from '@/components/ui/button'
import { ErrorPanel } from '@/components/ui/error-panel'
import { PageHeader } from '@/components/ui/page-header'
import { toApiError } from '@/lib/api-error'
import { NotFound } from './not-found'

/**
 * Error boundary for the pages: the shell (navigation, top bar) stays, the page shows what went
 * wrong in an error panel, never a blank screen.
 */
export function RouteError() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />
  const shown = isRouteErrorResponse(error)
    ? { code: `Http${error.status}`, message: error.statusText || String(error.data), status: error.status }
    : toApiError(error)
  // A failed lazy import after a redeploy is fixed by a reload; say so.
  const staleChunk = error instanceof TypeError && /dynamically imported module|import/i.test(error.message)
  return (
    <>
      <title>Error · Function Compute</title>
      <PageHeader title="Something went wrong" />
      <ErrorPanel
        title={
          staleChunk ? 'The page could not be loaded (the console may have been updated)' : 'This page failed'
        }
        error={shown}
        action={
          <Button variant="primary" onClick={() => window.location.reload()}>
            Reload page
          </Button>
        }
      />
    </>
  )
}

/** Last-resort boundary above the shell (the shell itself failed): a full-page panel. */
export function AppCrash() {
  const error = useRouteError()
  return (
    <div className="app-crash">
      <h1>The console hit an error</h1>
      <ErrorPanel
        error={toApiError(error)}
        action={
          <Button variant="primary" onClick={() => window.location.reload()}>
            Reload page
          </Button>
        }
      />
    </div>
  )
}
