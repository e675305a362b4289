import type { Bilingual } from './content'

/**
 * Example investment-promotion content, created only by `npm run seed -- --samples` (demos, screenshots,
 * trying the API). Every title says it is sample data; none of it is a real policy, listing or event.
 */
const t = (zh: string, en: string): Bilingual => ({ zh, en })

const day = 24 * 60 * 60 * 1000

export const samplePolicies = () => [
  {
    slug: 'sample-ai-industry-support-policy',
    title: t('【示例数据】人工智能产业扶持政策（样例）', '[Sample data] AI industry support policy (example)'),
    issuingBody: t('示例发文机关', 'Sample issuing body'),
    summary: t(
      '本条为演示用示例数据，不是真实政策。用于展示政策的适用产业、园区和有效期。',
      'This is sample data for demonstration, not a real policy. It shows how applicable industries, parks and validity dates appear.',
    ),
    shared: {
      documentNumber: 'SAMPLE-2026-001',
      effectiveFrom: new Date(Date.now() - 30 * day).toISOString(),
      effectiveUntil: new Date(Date.now() + 335 * day).toISOString(),
      industries: ['artificial-intelligence'],
      parks: ['jinqiao-economic-and-technological-development-zone'],
    },
  },
]

export const sampleOpportunities = () => [
  {
    slug: 'sample-factory-space-south-park',
    title: t('【示例数据】南区标准厂房（样例）', '[Sample data] Factory space in the South Park (example)'),
    location: t('示例楼宇 1 层', 'Floor 1, sample building'),
    summary: t('本条为演示用示例数据，不是真实房源。', 'This is sample data for demonstration, not a real listing.'),
    shared: {
      kind: 'factory',
      park: 'south-park',
      areaM2: 2000,
      availability: 'available',
      industries: ['intelligent-robots'],
    },
  },
]

export const sampleEvents = () => [
  {
    slug: 'sample-ai-investment-forum',
    title: t('【示例数据】人工智能产业招商推介会（样例）', '[Sample data] AI investment promotion forum (example)'),
    venue: t('示例会场', 'Sample venue'),
    summary: t('本条为演示用示例数据，不是真实活动。', 'This is sample data for demonstration, not a real event.'),
    shared: {
      startsAt: new Date(Date.now() + 30 * day).toISOString(),
      endsAt: new Date(Date.now() + 30 * day + 3 * 60 * 60 * 1000).toISOString(),
      park: 'jinqiao-economic-and-technological-development-zone',
      industries: ['artificial-intelligence'],
      capacity: 200,
    },
  },
]
