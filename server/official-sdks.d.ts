/**
 * Just enough typing of the two official SDKs that ship none, for the tests that run them
 * (src/cloud-emulator/signing/sdk-parity.test.ts, server/local-cloud/sdk-*.test.ts).
 */
declare module '@alicloud/fc2' {
  class FCClient {
    constructor(
      accountId: string,
      config: {
        accessKeyID: string
        accessKeySecret: string
        region: string
        endpoint?: string
        timeout?: number
      },
    )
    static getSignature(
      accessKeyId: string,
      accessKeySecret: string,
      method: string,
      path: string,
      headers: Record<string, string>,
      queries: Record<string, string | string[]> | null,
    ): string
    request(
      method: string,
      path: string,
      query: Record<string, string> | null,
      body: unknown,
      headers?: Record<string, string>,
    ): Promise<{ headers: Record<string, string>; data: unknown }>
  }
  export = FCClient
}

declare module 'aliyun-api-gateway' {
  export class Client {
    constructor(appKey: string, appSecret: string, stage?: string)
    buildStringToSign(
      method: string,
      headers: Record<string, string>,
      signedHeadersStr: string,
      url: unknown,
      data?: Record<string, string>,
    ): string
    sign(stringToSign: string): string
    getSignHeaderKeys(headers: Record<string, string>, signHeaders: Record<string, string>): string[]
    getSignedHeadersString(keys: string[], headers: Record<string, string>): string
    get(url: string, opts?: Record<string, unknown>): Promise<unknown>
    post(url: string, opts?: Record<string, unknown>): Promise<unknown>
  }
}
