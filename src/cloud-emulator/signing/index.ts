/**
 * The four Alibaba Cloud signature algorithms (reference §2), each able to sign (the proxy, the
 * console's debug calls) and to verify (the local cloud). Pure Web Crypto: no node:*.
 */
export * from './acs3'
export * from './credentials'
export { EMPTY_SHA256_HEX, sha256Hex } from './crypto'
export { percentEncode } from './encoding'
export * from './fc2016'
export * from './gateway'
export { contentMd5, md5Hex } from './md5'
export * from './rpc-v1'
