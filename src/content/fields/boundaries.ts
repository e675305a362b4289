import type { GroupField } from 'payload'

const side = (name: string, en: string, zh: string) =>
  ({ name, type: 'text', label: { en, zh }, localized: true }) as const

/** 四至范围: what borders an area on each side (the zone's, a park's), in both languages. */
export const boundariesField = (): GroupField => ({
  name: 'boundaries',
  type: 'group',
  label: { en: 'Boundaries', zh: '四至范围' },
  fields: [
    side('east', 'East', '东至'),
    side('south', 'South', '南至'),
    side('west', 'West', '西至'),
    side('north', 'North', '北至'),
  ],
})
