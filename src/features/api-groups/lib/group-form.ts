import { z } from 'zod'
import { BasePathSchema, DescriptionSchema, GroupNameSchema } from '@/cloud-api/cloudapi'

/**
 * The Create Group / Edit Group form, built from the contract's rules so the inline messages are
 * the API's own (seed 002 Step 3: "enter FC-Group for Group name, set BasePath to /").
 */
export const groupFormSchema = z.object({
  GroupName: GroupNameSchema,
  BasePath: BasePathSchema,
  Description: DescriptionSchema,
})
export type GroupFormValues = z.infer<typeof groupFormSchema>

export const GROUP_FORM_DEFAULTS: GroupFormValues = { GroupName: '', BasePath: '/', Description: '' }
