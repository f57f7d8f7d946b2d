import { EmptyState } from '@/components/ui/empty-state'
import { ButtonLink } from '@/components/ui/link'
import { PageHeader } from '@/components/ui/page-header'
import { paths } from '@/lib/paths'

export function NotFound() {
  return (
    <>
      <title>Page not found · Function Compute</title>
      <PageHeader title="Page not found" />
      <div className="panel">
        <EmptyState
          title="There is nothing at this address"
          description="The page may have moved, or the link is mistyped."
          action={
            <ButtonLink href={paths.functions} variant="primary">
              Go to Functions
            </ButtonLink>
          }
        />
      </div>
    </>
  )
}
