import { describe, expect, it } from 'vitest'
import { loadProxyConfig, ProxyConfigError, realEndpoints } from './config'

const REAL = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tRealKeyId0001',
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'real-secret-value',
  ALIBABA_CLOUD_REGION: 'cn-shanghai',
  ALIBABA_CLOUD_ACCOUNT_ID: '1111222233334444',
}

describe('loadProxyConfig', () => {
  it('defaults to the local cloud on 127.0.0.1:8080', () => {
    expect(loadProxyConfig({})).toEqual({
      port: 8080,
      host: '127.0.0.1',
      distDir: 'dist',
      realCloud: null,
      notes: [],
    })
  })

  it('targets the real cloud when all four are set, with an optional STS token', () => {
    expect(loadProxyConfig({ ...REAL, ALIBABA_CLOUD_SECURITY_TOKEN: 'sts-token' }).realCloud).toEqual({
      accessKey: {
        accessKeyId: REAL.ALIBABA_CLOUD_ACCESS_KEY_ID,
        accessKeySecret: 'real-secret-value',
        securityToken: 'sts-token',
      },
      region: 'cn-shanghai',
      accountId: '1111222233334444',
    })
    expect(realEndpoints({ region: 'cn-shanghai', accountId: '1111222233334444' })).toEqual({
      fc: '1111222233334444.cn-shanghai.fc.aliyuncs.com',
      cloudapi: 'apigateway.cn-shanghai.aliyuncs.com',
    })
  })

  it('notes settings that do not apply without an AccessKey, and stays local', () => {
    const config = loadProxyConfig({ ALIBABA_CLOUD_REGION: 'cn-beijing' })
    expect(config.realCloud).toBeNull()
    expect(config.notes[0]).toMatch(/^ALIBABA_CLOUD_REGION set without an AccessKey: using the local cloud/)
  })

  it.each([
    [
      { ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tX' },
      /needs ALIBABA_CLOUD_ACCESS_KEY_SECRET and ALIBABA_CLOUD_REGION and ALIBABA_CLOUD_ACCOUNT_ID too/,
    ],
    [{ ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'only-the-secret' }, /needs ALIBABA_CLOUD_ACCESS_KEY_ID and/],
    [{ ...REAL, ALIBABA_CLOUD_ACCOUNT_ID: '' }, /needs ALIBABA_CLOUD_ACCOUNT_ID too/],
    [
      { ...REAL, ALIBABA_CLOUD_REGION: 'Shanghai' },
      /^ALIBABA_CLOUD_REGION must be a region id such as cn-hangzhou$/,
    ],
    [
      { ...REAL, ALIBABA_CLOUD_ACCOUNT_ID: 'me@example.com' },
      /^ALIBABA_CLOUD_ACCOUNT_ID must be your account id/,
    ],
    [{ PORT: 'eighty' }, /^PORT must be a port number$/],
  ])('stops on %o with a message that says what to set', (env, message) => {
    expect(() => loadProxyConfig(env)).toThrow(ProxyConfigError)
    expect(() => loadProxyConfig(env)).toThrow(message)
  })

  it('never echoes a secret in its messages', () => {
    const secret = 'has space secret'
    expect(() => loadProxyConfig({ ...REAL, ALIBABA_CLOUD_ACCESS_KEY_SECRET: secret })).toThrow(
      /^ALIBABA_CLOUD_ACCESS_KEY_SECRET must have no spaces$/,
    )
  })
})
