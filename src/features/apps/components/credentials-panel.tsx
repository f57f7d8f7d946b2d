import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { writeClipboard } from '@/components/ui/copy-button'
import { ConfirmDialog } from '@/components/ui/dialog'
import { CopyIcon } from '@/components/ui/icons'
import { Panel } from '@/components/ui/panel'
import { Spinner } from '@/components/ui/spinner'
import { useToast } from '@/components/ui/toast'
import { toApiError } from '@/lib/api-error'
import { readCredential, useAppSecurity, useResetCredential } from '../api/apps'

type Credential = 'AppKey' | 'AppSecret' | 'AppCode'
const CREDENTIALS: ReadonlyArray<{ name: Credential; hint: string; resettable: boolean }> = [
  { name: 'AppKey', hint: 'Sent in clear as X-Ca-Key; names the app.', resettable: false },
  {
    name: 'AppSecret',
    hint: 'Signs each request (X-Ca-Signature). Never send it; keep it out of browsers and repositories.',
    resettable: true,
  },
  {
    name: 'AppCode',
    hint: 'The simple alternative to a signature: Authorization: APPCODE <AppCode>. Use it only over HTTPS.',
    resettable: true,
  },
]
const MASK = '••••••••••••••••'

/**
 * The app's AppKey, AppSecret and AppCode, masked. "Show" reads them with DescribeAppSecurity — which
 * returns the secret to the browser, as the real console does for the account owner — and only while
 * shown (decision 010); "Copy" reads once without keeping; "Reset" generates a new AppSecret / AppCode
 * (ResetAppSecret / ResetAppCode) after a confirmation: callers using the old one start failing.
 */
export function CredentialsPanel({ appId }: { appId: number }) {
  const toast = useToast()
  const [shown, setShown] = useState<ReadonlySet<Credential>>(new Set())
  const [resetting, setResetting] = useState<'AppSecret' | 'AppCode' | null>(null)
  const reset = useResetCredential(appId)

  const toggle = (name: Credential) => {
    const next = new Set(shown)
    if (next.has(name)) next.delete(name)
    else next.add(name)
    setShown(next)
  }
  const copy = async (name: Credential) => {
    try {
      await writeClipboard(await readCredential(appId, name))
      toast({ title: `${name} copied to clipboard`, tone: 'info' })
    } catch (error) {
      toast({ title: `Could not copy the ${name}`, description: toApiError(error).message, tone: 'error' })
    }
  }
  const closeReset = () => {
    reset.reset()
    setResetting(null)
  }

  return (
    <Panel title="Credentials">
      <dl className="kv credentials">
        {CREDENTIALS.map(({ name, hint, resettable }) => (
          <div key={name} className="kv__row kv__row--wide">
            <dt className="kv__label">{name}</dt>
            <dd className="kv__value">
              <div className="row credentials__row">
                <span className="mono credentials__value" data-credential={name}>
                  {shown.has(name) ? <Revealed appId={appId} name={name} /> : MASK}
                </span>
                <Button
                  size="sm"
                  variant="ghost"
                  aria-pressed={shown.has(name)}
                  aria-label={`${shown.has(name) ? 'Hide' : 'Show'} ${name}`}
                  onClick={() => toggle(name)}
                >
                  {shown.has(name) ? 'Hide' : 'Show'}
                </Button>
                <Button
                  size="sm"
                  variant="ghost"
                  icon={<CopyIcon />}
                  aria-label={`Copy ${name}`}
                  onClick={() => void copy(name)}
                >
                  Copy
                </Button>
                {resettable && (
                  <Button
                    size="sm"
                    variant="ghost"
                    className="btn--ghost-danger"
                    aria-label={`Reset ${name}`}
                    onClick={() => setResetting(name as 'AppSecret' | 'AppCode')}
                  >
                    Reset
                  </Button>
                )}
              </div>
              <p className="field__hint">{hint}</p>
            </dd>
          </div>
        ))}
      </dl>
      <ConfirmDialog
        open={resetting !== null}
        title={`Reset the ${resetting ?? ''}?`}
        confirmLabel="Reset"
        pending={reset.isPending}
        error={reset.error ? toApiError(reset.error) : null}
        onClose={closeReset}
        onConfirm={() => {
          if (!resetting) return
          reset.mutate(resetting, {
            onSuccess: () => {
              toast({
                title: `${resetting} reset`,
                description: 'Callers must use the new value from now on.',
              })
              closeReset()
            },
          })
        }}
      >
        API Gateway generates a new {resetting}. Every caller that uses the current one is refused from now on
        {resetting === 'AppSecret' ? ' (Invalid Signature)' : ' (Invalid AppCode)'}.
      </ConfirmDialog>
    </Panel>
  )
}

/** Mounted only while shown: its query (and the secret in it) is dropped when it unmounts. */
function Revealed({ appId, name }: { appId: number; name: Credential }) {
  const security = useAppSecurity(appId)
  if (security.isError) return <span className="field__error">{toApiError(security.error).message}</span>
  if (!security.data) return <Spinner size={12} />
  return <>{security.data[name]}</>
}
