import { useId } from 'react'
import { CodeBlock } from '@/components/ui/code-block'
import { CopyButton } from '@/components/ui/copy-button'
import { firstDifference, visibleChar } from '@/lib/cloud/string-to-sign'

/**
 * The client's StringToSign (what was signed) beside the gateway's (what it computed from the request it
 * received), with the first differing character marked. No cloud console shows this; it is what people
 * debugging "Invalid Signature" need most (reference §4).
 */
export function SigningCompare({
  client,
  server,
  rejected,
}: {
  client: string
  /** null: the gateway's string is unknown (no trace and no Invalid Signature message) */
  server: string | null
  /** the gateway refused the signature */
  rejected: boolean
}) {
  const summaryId = useId()
  const diff = server === null ? null : firstDifference(client, server)
  let summary: string
  if (server === null) summary = 'The gateway’s StringToSign is not available for this call.'
  else if (!diff)
    summary = rejected
      ? 'The strings are identical, yet the gateway refused the signature: the AppSecret used to sign is not the app’s current one (was it reset?).'
      : 'The strings are identical: the gateway computed exactly what was signed.'
  else
    summary = `The strings differ from line ${diff.line}, column ${diff.column}: the client signed ${visibleChar(
      client[diff.index],
    )} where the gateway has ${visibleChar(server[diff.index])}.`
  return (
    <section className="sts-compare" aria-labelledby={`${summaryId}-title`}>
      <h3 id={`${summaryId}-title`} className="debug-block__title">
        Signature check: client vs. gateway StringToSign
      </h3>
      <p id={summaryId} className={diff ? 'notice notice--danger' : 'notice'} role="status">
        {summary}
      </p>
      <div className="sts-compare__grid">
        <StringView title="Client StringToSign (what was signed)" text={client} at={diff?.index} />
        {server !== null && (
          <StringView
            title="Server StringToSign (what the gateway computed)"
            text={server}
            at={diff?.index}
          />
        )}
      </div>
    </section>
  )
}

function StringView({ title, text, at }: { title: string; text: string; at: number | undefined }) {
  const id = useId()
  const marked = at !== undefined
  const char = marked ? text[at] : undefined
  return (
    <figure className="sts-compare__side" aria-labelledby={id}>
      <figcaption className="row">
        <span id={id}>{title}</span>
        <CopyButton value={text} label={`Copy ${title.split(' (')[0]}`} />
      </figcaption>
      <CodeBlock className="sts-compare__text">
        {marked ? (
          <>
            {text.slice(0, at)}
            <mark className="sts-compare__mark" title={`First difference: ${visibleChar(char)}`}>
              <span className="sr-only">[first difference: </span>
              {char === undefined ? '∅' : char === '\n' ? '↵\n' : char}
              <span className="sr-only">]</span>
            </mark>
            {text.slice(at + (char === undefined ? 0 : 1))}
          </>
        ) : (
          text
        )}
      </CodeBlock>
    </figure>
  )
}
