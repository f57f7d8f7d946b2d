import { useId } from 'react'
import { Badge, type BadgeTone } from '@/components/ui/badge'
import { AlertIcon, CheckIcon } from '@/components/ui/icons'
import type { EnvelopeCheck, FindingLevel } from '../lib/envelope-check'

const LEVEL: Record<FindingLevel, { label: string; tone: BadgeTone }> = {
  ok: { label: 'OK', tone: 'success' },
  note: { label: 'Note', tone: 'warning' },
  error: { label: 'Problem', tone: 'danger' },
}

/**
 * The envelope check, field by field: what the function returned, whether API Gateway can use it,
 * and — for each problem — what to change. No cloud console explains its 502 like this.
 */
export function EnvelopeCheckView({ check }: { check: EnvelopeCheck }) {
  const headingId = useId()
  return (
    <section
      className={`envelope-check ${check.valid ? 'envelope-check--valid' : 'envelope-check--invalid'}`}
      aria-labelledby={headingId}
    >
      <div className="envelope-check__summary">
        <span className="envelope-check__icon" aria-hidden="true">
          {check.valid ? <CheckIcon /> : <AlertIcon />}
        </span>
        <div>
          <h3 id={headingId} className="envelope-check__title">
            Envelope check
          </h3>
          <p>
            {check.valid
              ? 'API Gateway can turn this return value into an HTTP answer.'
              : 'API Gateway cannot use this return value: the caller gets a gateway error (502/503) instead of your answer, even though the function ran.'}
          </p>
        </div>
      </div>
      <ul className="envelope-check__list" aria-label="Envelope check findings">
        {check.findings.map((finding) => (
          <li key={`${finding.field}|${finding.message}`} className="envelope-check__item">
            <Badge tone={LEVEL[finding.level].tone}>{LEVEL[finding.level].label}</Badge>
            <span className="envelope-check__field mono">{finding.field}</span>
            <span className="envelope-check__text">
              {finding.message}
              {finding.fix && <span className="envelope-check__fix"> {finding.fix}</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
