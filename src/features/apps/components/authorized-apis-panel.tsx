import { useState } from 'react'
import { type AuthorizedApi, STAGE_LABELS } from '@/cloud-api/cloudapi'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/dialog'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorPanel } from '@/components/ui/error-panel'
import { PlusIcon } from '@/components/ui/icons'
import { AppLink } from '@/components/ui/link'
import { Panel } from '@/components/ui/panel'
import { type Column, Table } from '@/components/ui/table'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { formatDateTime } from '@/lib/format'
import { paths } from '@/lib/paths'
import { useAuthorizedApis, useRevoke } from '../api/authorizations'
import { expiryLabel } from '../lib/app-form'
import { AuthorizeApisDialog } from './authorize-apis-dialog'

const COLUMNS: ReadonlyArray<Column<AuthorizedApi>> = [
  {
    header: 'API Name',
    cell: (a) => (
      <AppLink href={paths.apiDetail(a.ApiId)} className="fn-name">
        {a.ApiName}
      </AppLink>
    ),
  },
  { header: 'Group', cell: (a) => a.GroupName },
  { header: 'Stage', cell: (a) => `${STAGE_LABELS[a.StageName]} (${a.StageName})` },
  { header: 'Authorized', cell: (a) => formatDateTime(a.AuthorizedTime) },
  { header: 'Expires', cell: (a) => expiryLabel(a.AuthVaildTime) },
]

/** The APIs the app may call (DescribeAuthorizedApis), with Authorize and Revoke (RemoveApisAuthorities). */
export function AuthorizedApisPanel({ appId, appName }: { appId: number; appName: string }) {
  const toast = useToast()
  const list = useAuthorizedApis(appId)
  const revoke = useRevoke(appId)
  const [authorizing, setAuthorizing] = useState(false)
  const [toRevoke, setToRevoke] = useState<AuthorizedApi | null>(null)
  const rows = list.data?.AuthorizedApis.AuthorizedApi ?? []
  const closeRevoke = () => {
    revoke.reset()
    setToRevoke(null)
  }
  const authorizeAction = (
    <Button variant="primary" size="sm" icon={<PlusIcon />} onClick={() => setAuthorizing(true)}>
      Authorize
    </Button>
  )
  return (
    <Panel title="Authorized APIs" actions={authorizeAction}>
      {list.isError ? (
        <ErrorPanel
          title="The authorized APIs could not be listed"
          error={toApiError(list.error)}
          action={<Button onClick={() => list.refetch()}>Retry</Button>}
        />
      ) : (
        <Table
          label="Authorized APIs"
          columns={COLUMNS}
          rows={rows}
          rowKey={(a) => `${a.ApiId}:${a.StageName}`}
          loading={list.isPending}
          skeletonRows={2}
          empty={
            <EmptyState
              title="No authorized APIs"
              description="This app cannot call any API yet. Authorize it for an API and a stage."
            />
          }
          rowActions={(a) => (
            <Button
              size="sm"
              variant="ghost"
              className="btn--ghost-danger"
              aria-label={`Revoke ${a.ApiName} in ${STAGE_LABELS[a.StageName]}`}
              onClick={() => setToRevoke(a)}
            >
              Revoke
            </Button>
          )}
        />
      )}
      {authorizing && (
        <AuthorizeApisDialog appId={appId} appName={appName} onClose={() => setAuthorizing(false)} />
      )}
      <ConfirmDialog
        open={toRevoke !== null}
        title={`Revoke the authorization of ${toRevoke?.ApiName ?? ''}?`}
        confirmLabel="Revoke"
        pending={revoke.isPending}
        error={revoke.error ? toApiError(revoke.error) : null}
        onClose={closeRevoke}
        onConfirm={() => {
          if (!toRevoke) return
          revoke.mutate(
            {
              AppId: appId,
              StageName: toRevoke.StageName,
              ApiIds: toRevoke.ApiId,
              GroupId: toRevoke.GroupId,
            },
            {
              onSuccess: () => {
                toast({ title: `Authorization of ${toRevoke.ApiName} revoked` })
                closeRevoke()
              },
            },
          )
        }}
      >
        {appName} can no longer call <strong>{toRevoke?.ApiName}</strong> in{' '}
        {toRevoke ? STAGE_LABELS[toRevoke.StageName] : ''}: the gateway answers “Unauthorized” from the next
        call.
      </ConfirmDialog>
    </Panel>
  )
}
