import { CommandLine } from '@/components/ui/command-line'
import { type CurlOptions, cloudCurl, curlReach, localCloudCurl } from '@/lib/cloud/curl'
import { useEmulatorInfo } from '../../api/emulator-info'

/**
 * The curl lines of one call: the local cloud's (at the address it reports, so LOCAL_CLOUD_PORT is
 * honoured) when `npm start` runs one, and Alibaba Cloud's (the group's second-level domain). In the
 * browser-only mode the cloud lives in this tab: no curl reaches it, and the panel says so.
 */
export function CurlLines({
  subDomain,
  options,
  what,
}: {
  subDomain: string
  options: CurlOptions
  /** completes the copy buttons' names: "Copy curl <what> (local cloud)" */
  what: string
}) {
  const reach = curlReach(useEmulatorInfo().data)
  return (
    <div className="stack stack--tight">
      {reach?.kind === 'local-cloud' && (
        <>
          <span className="field__label">Local cloud</span>
          <CommandLine
            label={`curl ${what} (local cloud)`}
            command={localCloudCurl(subDomain, options, reach.origin)}
          />
        </>
      )}
      {reach?.kind === 'in-page' && (
        <p className="field__hint">
          This console runs its cloud inside the browser tab: a terminal cannot reach it, so there is no local
          curl line — send the request from the Debug API tab instead. Under <code>npm start</code> the line
          for the local cloud appears here.
        </p>
      )}
      <span className="field__label">Alibaba Cloud</span>
      <CommandLine label={`curl ${what} (Alibaba Cloud)`} command={cloudCurl(subDomain, options)} />
    </div>
  )
}
