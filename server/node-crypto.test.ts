import { afterAll, describe, expect, it } from 'vitest'
import { acs3Signature } from '../src/cloud-emulator/signing/acs3'
import { setCryptoBackend, sha256Hex, webCryptoBackend } from '../src/cloud-emulator/signing/crypto'
import { fc2016Signature } from '../src/cloud-emulator/signing/fc2016'
import official from '../src/cloud-emulator/signing/fixtures/official-vectors.json'
import generated from '../src/cloud-emulator/signing/fixtures/signature-vectors.generated.json'
import { rpcV1Signature, rpcV1StringToSign } from '../src/cloud-emulator/signing/rpc-v1'
import { installNodeCrypto } from './node-crypto'

afterAll(() => setCryptoBackend(webCryptoBackend))

describe('the node:crypto backend', () => {
  it('gives the published signatures, like the Web Crypto default', async () => {
    for (const backend of ['web', 'node']) {
      if (backend === 'node') installNodeCrypto()
      const v = official.rpc_v1[0]!
      expect(
        await rpcV1Signature(
          rpcV1StringToSign(v.method, v.params as unknown as Record<string, string>),
          v.accessKeySecret,
        ),
      ).toBe(v.signature)
      const fc = generated.fc2016_invoke
      expect(`FC ${fc.accessKeyId}:${await fc2016Signature(fc.stringToSign, fc.accessKeySecret)}`).toBe(
        fc.authorization,
      )
      expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
      expect(await acs3Signature('ACS3-HMAC-SHA256\nx', 'k')).toMatch(/^[0-9a-f]{64}$/)
    }
  })
})
