import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config'

describe('loadConfig', () => {
  it('has documented defaults', () => {
    expect(loadConfig({}, '/work/app')).toEqual({
      port: 9000,
      host: '127.0.0.1',
      dataDir: '/work/app/.local-cloud',
      accountId: '1234567890123456',
      region: 'cn-hangzhou',
      accessKey: {
        accessKeyId: 'LTAI5tLocalCloudDefault',
        accessKeySecret: 'local-cloud-secret-not-for-production',
      },
    })
  })

  it('reads the environment; empty values count as unset', () => {
    const config = loadConfig(
      {
        LOCAL_CLOUD_PORT: '9100',
        LOCAL_CLOUD_HOST: '0.0.0.0',
        LOCAL_CLOUD_DATA_DIR: 'data',
        LOCAL_CLOUD_ACCOUNT_ID: '5555',
        LOCAL_CLOUD_REGION: '',
      },
      '/srv',
    )
    expect(config).toEqual({
      port: 9100,
      host: '0.0.0.0',
      dataDir: '/srv/data',
      accountId: '5555',
      region: 'cn-hangzhou',
      accessKey: {
        accessKeyId: 'LTAI5tLocalCloudDefault',
        accessKeySecret: 'local-cloud-secret-not-for-production',
      },
    })
    expect(
      loadConfig({ LOCAL_CLOUD_ACCESS_KEY_ID: 'LTAI5tMine', LOCAL_CLOUD_ACCESS_KEY_SECRET: 's3cret/+=' })
        .accessKey,
    ).toEqual({ accessKeyId: 'LTAI5tMine', accessKeySecret: 's3cret/+=' })
    expect(loadConfig({ LOCAL_CLOUD_DATA_DIR: '/abs' }, '/srv').dataDir).toBe('/abs')
  })

  it.each([
    [{ LOCAL_CLOUD_PORT: 'http' }, 'LOCAL_CLOUD_PORT must be a port number'],
    [{ LOCAL_CLOUD_PORT: '70000' }, 'LOCAL_CLOUD_PORT must be between 0 and 65535'],
    [{ LOCAL_CLOUD_ACCOUNT_ID: 'me' }, 'LOCAL_CLOUD_ACCOUNT_ID must be digits'],
    [{ LOCAL_CLOUD_REGION: 'Hangzhou' }, 'LOCAL_CLOUD_REGION must be a region id'],
    [{ LOCAL_CLOUD_ACCESS_KEY_ID: 'LTAI5tMine' }, 'LOCAL_CLOUD_ACCESS_KEY_SECRET must be set too'],
    [{ LOCAL_CLOUD_ACCESS_KEY_SECRET: 'x' }, 'LOCAL_CLOUD_ACCESS_KEY_ID must be set too'],
    [
      { LOCAL_CLOUD_ACCESS_KEY_ID: 'has space', LOCAL_CLOUD_ACCESS_KEY_SECRET: 'x' },
      'LOCAL_CLOUD_ACCESS_KEY_ID must be letters',
    ],
  ])('rejects %o naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError)
    expect(() => loadConfig(env)).toThrow(message)
  })
})
