import { z } from 'zod'

/**
 * FC 3.0 error body (FC3-SDK `models/Error.ts`; reference §3.3):
 * `{"Code":"FunctionNotFound","Message":"function not found","RequestId":"1-64e70cf1-5cbef92ea8fc8c42899cf5d1"}`
 */
export const Fc3ErrorSchema = z.object({
  Code: z.string(),
  Message: z.string(),
  RequestId: z.string().optional(),
})
export type Fc3Error = z.infer<typeof Fc3ErrorSchema>
