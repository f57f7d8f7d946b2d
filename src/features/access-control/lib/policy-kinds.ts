import { paths } from '@/lib/paths'
import type { PolicyKind } from '../api/query-keys'

/**
 * What the pages of the two kinds of policy call them. Every title, button, toast and message of the
 * shared list and detail pages is built from these, so both kinds read alike ("Create IP Control",
 * "The traffic controls could not be listed", "This IP control does not exist").
 */
export interface PolicyKindText {
  kind: PolicyKind
  /** `IP Control`: the console's menu entry, page titles and buttons */
  title: string
  /** `IP control`: the noun inside sentences */
  noun: string
  listPath: string
  detailPath: (id: string) => string
}

export const POLICY_KINDS: Readonly<Record<PolicyKind, PolicyKindText>> = {
  ip: {
    kind: 'ip',
    title: 'IP Control',
    noun: 'IP control',
    listPath: paths.ipControls,
    detailPath: paths.ipControlDetail,
  },
  traffic: {
    kind: 'traffic',
    title: 'Traffic Control',
    noun: 'traffic control',
    listPath: paths.trafficControls,
    detailPath: paths.trafficControlDetail,
  },
}

/** `traffic control` → `Traffic control`, to open a sentence or a toast. */
export const capitalized = (noun: string) => noun.charAt(0).toUpperCase() + noun.slice(1)
