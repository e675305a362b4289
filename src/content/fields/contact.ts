import type { Field } from 'payload'

/** Chinese mobile (13812345678), Chinese landline with area code (021-12345678) or international (+44 20 7946 0958). */
export const isPhoneNumber = (value: string): boolean => {
  const compact = value.replace(/[\s\-().]/g, '').replace(/^00/, '+')
  return (
    /^1[3-9]\d{9}$/.test(compact) ||
    /^0\d{2,3}\d{7,8}(?:(?:ext|x|转)\d{1,5})?$/.test(compact) ||
    /^\+[1-9]\d{6,14}$/.test(compact)
  )
}

export const validatePhone = (value: unknown): true | string => {
  if (value === undefined || value === null || value === '') return true
  if (typeof value !== 'string' || value.length > 40 || !isPhoneNumber(value)) {
    return 'Enter a phone number: a Chinese mobile (13812345678), a landline with its area code (021-5030 0000), or an international number starting with + and the country code (+44 20 7946 0958).'
  }
  return true
}

/** A contact person for a listing: name, phone, email. */
export const contactGroup = (): Field => ({
  name: 'contact',
  type: 'group',
  label: { en: 'Contact', zh: '联系方式' },
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', zh: '联系人' }, localized: true, maxLength: 100 },
    { name: 'phone', type: 'text', label: { en: 'Phone', zh: '电话' }, maxLength: 40, validate: validatePhone },
    { name: 'email', type: 'email', label: { en: 'Email', zh: '电子邮箱' } },
  ],
})
