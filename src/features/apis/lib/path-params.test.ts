import { describe, expect, it } from 'vitest'
import { fillPath } from './path-params'

describe('fillPath', () => {
  it('fills values URL-encoded and keeps a placeholder when a value is missing', () => {
    expect(fillPath('/users/[userId]/orders/[id]', { userId: 'a b/c', id: '' })).toBe(
      '/users/a%20b%2Fc/orders/[id]',
    )
    expect(fillPath('/hello', {})).toBe('/hello')
  })
})
