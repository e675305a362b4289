import type { UIField } from 'payload'

/** The sidebar's count of inquiries about this document, with a link to them (admin/InquiryCount.tsx). */
export const inquiryCountField = (): UIField => ({
  name: 'inquiryCount',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/admin/InquiryCount#InquiryCount' },
  },
})
