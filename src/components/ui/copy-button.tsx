import { useEffect, useState } from 'react'
import { CheckIcon, CopyIcon } from './icons'
import { useToast } from './toast'

export async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text)
    return
  }
  // Plain-HTTP origins (a console served from a LAN address) have no async clipboard API.
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.append(area)
  area.select()
  const ok = document.execCommand('copy')
  area.remove()
  if (!ok) throw new Error('The browser refused to copy.')
}

/** Copies `value`; `label` names what is copied ("Copy request ID"). */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const toast = useToast()
  const [copied, setCopied] = useState(false)
  useEffect(() => {
    if (!copied) return
    const timer = window.setTimeout(() => setCopied(false), 1500)
    return () => window.clearTimeout(timer)
  }, [copied])

  const copy = async () => {
    try {
      await writeClipboard(value)
      setCopied(true)
      toast({ title: 'Copied to clipboard', tone: 'info' })
    } catch (error) {
      toast({
        title: 'Could not copy',
        description: error instanceof Error ? error.message : undefined,
        tone: 'error',
      })
    }
  }

  return (
    <button type="button" className="icon-btn copy-btn" aria-label={label} title={label} onClick={copy}>
      {copied ? <CheckIcon /> : <CopyIcon />}
    </button>
  )
}
