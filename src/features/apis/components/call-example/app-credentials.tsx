import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { CopyButton } from '@/components/ui/copy-button'
import { Spinner } from '@/components/ui/spinner'
import { toApiError } from '@/lib/api-error'
import { useAppSecretOf } from '../../api/app-access'

const MASK = '••••••••••••••••'

/**
 * The chosen app's AppKey and AppCode in clear (as the real console shows them) and its AppSecret
 * masked: "Show" reads it with DescribeAppSecurity and keeps it only while shown (decision 010).
 */
export function AppCredentials({
  appId,
  appKey,
  appCode,
}: {
  appId: number
  appKey: string
  appCode: string
}) {
  const [secretShown, setSecretShown] = useState(false)
  return (
    <dl className="kv credentials">
      <div className="kv__row">
        <dt className="kv__label">AppKey</dt>
        <dd className="kv__value mono">
          <span className="kv__text">{appKey}</span>
          <CopyButton value={appKey} label="Copy AppKey" />
        </dd>
      </div>
      <div className="kv__row kv__row--wide">
        <dt className="kv__label">AppSecret</dt>
        <dd className="kv__value">
          <div className="row credentials__row">
            <span className="mono credentials__value" data-credential="AppSecret">
              {secretShown ? <RevealedSecret appId={appId} /> : MASK}
            </span>
            <Button
              size="sm"
              variant="ghost"
              aria-pressed={secretShown}
              aria-label={`${secretShown ? 'Hide' : 'Show'} AppSecret`}
              onClick={() => setSecretShown(!secretShown)}
            >
              {secretShown ? 'Hide' : 'Show'}
            </Button>
          </div>
          <p className="field__hint">Signs requests (X-Ca-Signature); not needed with the AppCode.</p>
        </dd>
      </div>
      <div className="kv__row kv__row--wide">
        <dt className="kv__label">AppCode</dt>
        <dd className="kv__value mono">
          <span className="kv__text">{appCode}</span>
          <CopyButton value={appCode} label="Copy AppCode" />
        </dd>
      </div>
    </dl>
  )
}

/** Mounted only while shown: its query (and the secret in it) is dropped when it unmounts. */
function RevealedSecret({ appId }: { appId: number }) {
  const secret = useAppSecretOf(appId)
  if (secret.isError) return <span className="field__error">{toApiError(secret.error).message}</span>
  if (secret.data === undefined) return <Spinner size={12} />
  return <>{secret.data}</>
}
