/**
 * The zone's real structure, from its public description (see ../shared/DESIGN.md). No invented
 * statistics, companies or quotes: every figure here is one the committee publishes.
 */
import { paragraphs } from './richText'

export type Bilingual = { zh: string; en: string }
const t = (zh: string, en: string): Bilingual => ({ zh, en })

export const ZONE_NAME = t('金桥经济技术开发区', 'Jinqiao Economic and Technological Development Zone')

export const BOUNDARIES = {
  east: t('外环绿带', 'Outer-ring Road Green Belt'),
  south: t('锦绣东路', 'East Jinxiu Road'),
  west: t('杨高路', 'Yanggao Road'),
  north: t('巨峰路', 'Jufeng Road'),
}

export const KEY_FIGURES = [
  { label: t('批准设立', 'Approved by the State Council'), value: '1990', unit: t('年', '') },
  { label: t('规划面积', 'Area'), value: '20.48', unit: t('平方公里', 'km²') },
  { label: t('占浦东新区土地面积', 'Share of Pudong’s land'), value: '2', unit: t('%', '%') },
  { label: t('占浦东新区工业经济', 'Share of Pudong’s industrial economy'), value: '25', unit: t('%', '%') },
]

export type IndustrySeed = {
  slug: string
  parent?: string
  kind: 'advanced-manufacturing' | 'producer-services' | 'strategic-emerging'
  order: number
  name: Bilingual
  summary: Bilingual
}

export const INDUSTRIES: IndustrySeed[] = [
  {
    slug: 'artificial-intelligence',
    kind: 'strategic-emerging',
    order: 10,
    name: t('人工智能', 'Artificial intelligence'),
    summary: t(
      '金桥重点发展的人工智能产业，涵盖智能芯片、智能网联汽车、智能机器人和智能硬件。',
      'The artificial-intelligence industry Jinqiao is building up, spanning intelligent chips, intelligent connected vehicles, intelligent robots and intelligent hardware.',
    ),
  },
  {
    slug: 'intelligent-chips',
    parent: 'artificial-intelligence',
    kind: 'strategic-emerging',
    order: 11,
    name: t('智能芯片', 'Intelligent chips'),
    summary: t('人工智能产业的芯片环节。', 'The chip segment of the artificial-intelligence industry.'),
  },
  {
    slug: 'intelligent-connected-vehicles',
    parent: 'artificial-intelligence',
    kind: 'strategic-emerging',
    order: 12,
    name: t('智能网联汽车', 'Intelligent connected vehicles'),
    summary: t(
      '人工智能与汽车产业融合的智能网联汽车。',
      'Intelligent connected vehicles, where artificial intelligence meets the automotive industry.',
    ),
  },
  {
    slug: 'intelligent-robots',
    parent: 'artificial-intelligence',
    kind: 'strategic-emerging',
    order: 13,
    name: t('智能机器人', 'Intelligent robots'),
    summary: t('人工智能产业的机器人环节。', 'The robotics segment of the artificial-intelligence industry.'),
  },
  {
    slug: 'intelligent-hardware',
    parent: 'artificial-intelligence',
    kind: 'strategic-emerging',
    order: 14,
    name: t('智能硬件', 'Intelligent hardware'),
    summary: t(
      '人工智能产业的智能终端与硬件环节。',
      'The devices and hardware segment of the artificial-intelligence industry.',
    ),
  },
  {
    slug: 'new-energy-vehicles',
    kind: 'strategic-emerging',
    order: 20,
    name: t('新能源汽车', 'New energy vehicles'),
    summary: t('新能源汽车产业。', 'The new-energy-vehicle industry.'),
  },
  {
    slug: 'advanced-manufacturing',
    kind: 'advanced-manufacturing',
    order: 30,
    name: t('先进制造业', 'Advanced manufacturing'),
    summary: t('开发区的先进制造业。', 'The zone’s advanced manufacturing.'),
  },
  {
    slug: 'finance',
    kind: 'producer-services',
    order: 40,
    name: t('金融', 'Finance'),
    summary: t('服务实体经济的金融业。', 'Financial services for the real economy.'),
  },
  {
    slug: 'shipping',
    kind: 'producer-services',
    order: 50,
    name: t('航运', 'Shipping'),
    summary: t('航运服务业。', 'Shipping services.'),
  },
  {
    slug: 'producer-services',
    kind: 'producer-services',
    order: 60,
    name: t('生产性服务业', 'Producer services'),
    summary: t('支撑制造业的生产性服务业。', 'Services that support manufacturing.'),
  },
]

export type ParkSeed = {
  slug: string
  order: number
  kind: 'development-zone' | 'industrial-park' | 'sub-park'
  name: Bilingual
  summary: Bilingual
  body: Bilingual[]
  approvedYear?: number
  areaKm2?: number
  boundaries?: typeof BOUNDARIES
  keyFigures?: typeof KEY_FIGURES
  industries?: string[]
}

export const PARKS: ParkSeed[] = [
  {
    slug: 'jinqiao-economic-and-technological-development-zone',
    order: 10,
    kind: 'development-zone',
    name: ZONE_NAME,
    approvedYear: 1990,
    areaKm2: 20.48,
    boundaries: BOUNDARIES,
    keyFigures: KEY_FIGURES,
    industries: INDUSTRIES.filter((i) => !i.parent).map((i) => i.slug),
    summary: t(
      '1990 年经国务院批准设立的国家级经济技术开发区，位于上海浦东，规划面积 20.48 平方公里。',
      'A national economic and technological development zone in Shanghai Pudong, approved by the State Council in 1990, covering 20.48 km².',
    ),
    body: [
      t(
        '金桥经济技术开发区于 1990 年经国务院批准设立，规划面积 20.48 平方公里，东至外环绿带，南至锦绣东路，西至杨高路，北至巨峰路。',
        'The Jinqiao Economic and Technological Development Zone was approved by the State Council in 1990. It covers 20.48 km², bounded by the Outer-ring Road Green Belt to the east, East Jinxiu Road to the south, Yanggao Road to the west and Jufeng Road to the north.',
      ),
      t(
        '开发区以浦东新区约 2% 的土地，贡献了浦东约 25% 的工业经济。',
        'With about 2% of Pudong’s land, the zone accounts for about 25% of Pudong’s industrial economy.',
      ),
    ],
  },
  {
    slug: 'south-park',
    order: 20,
    kind: 'sub-park',
    name: t('金桥南区', 'Jinqiao South Park'),
    summary: t(
      '金桥经济技术开发区的南区。',
      'The South Park of the Jinqiao Economic and Technological Development Zone.',
    ),
    body: [
      t('金桥经济技术开发区的南区。', 'The South Park of the Jinqiao Economic and Technological Development Zone.'),
    ],
  },
  {
    slug: 'nanhui-industrial-park',
    order: 30,
    kind: 'industrial-park',
    name: t('南汇工业园区', 'Nanhui Industrial Park'),
    summary: t(
      '金桥经济技术开发区的园区之一。',
      'One of the parks of the Jinqiao Economic and Technological Development Zone.',
    ),
    body: [
      t(
        '金桥经济技术开发区的园区之一。',
        'One of the parks of the Jinqiao Economic and Technological Development Zone.',
      ),
    ],
  },
]

export const ZONE_PROFILE = {
  name: ZONE_NAME,
  approvedYear: 1990,
  approvedBy: t('国务院', 'State Council'),
  areaKm2: 20.48,
  boundaries: BOUNDARIES,
  keyFigures: [
    { label: t('占浦东新区土地面积', 'Share of Pudong’s land'), value: '2', unit: t('%', '%'), note: t('约', 'about') },
    {
      label: t('占浦东新区工业经济', 'Share of Pudong’s industrial economy'),
      value: '25',
      unit: t('%', '%'),
      note: t('约', 'about'),
    },
    { label: t('规划面积', 'Area'), value: '20.48', unit: t('平方公里', 'km²'), note: t('', '') },
    {
      label: t('批准设立', 'Approved'),
      value: '1990',
      unit: t('年', ''),
      note: t('国务院批准', 'by the State Council'),
    },
  ],
  positioning: [
    {
      statement: t(
        '以浦东约 2% 的土地贡献约 25% 的工业经济，是浦东先进制造业的重要承载区。',
        'With about 2% of Pudong’s land and about 25% of its industrial economy, a core location of Pudong’s advanced manufacturing.',
      ),
    },
    {
      statement: t(
        '重点发展人工智能产业：智能芯片、智能网联汽车、智能机器人和智能硬件。',
        'Focused on artificial intelligence: intelligent chips, intelligent connected vehicles, intelligent robots and intelligent hardware.',
      ),
    },
    {
      statement: t(
        '同时发展新能源汽车、先进制造业以及金融、航运等生产性服务业。',
        'Alongside new energy vehicles, advanced manufacturing, and producer services such as finance and shipping.',
      ),
    },
  ],
  summary: t(
    '金桥经济技术开发区位于上海浦东，1990 年经国务院批准设立，规划面积 20.48 平方公里。',
    'The Jinqiao Economic and Technological Development Zone lies in Shanghai Pudong; it was approved by the State Council in 1990 and covers 20.48 km².',
  ),
}

export const SITE_SETTINGS = {
  siteName: ZONE_NAME,
  shortName: t('金桥开发区', 'Jinqiao Zone'),
  contact: {
    organisation: t(
      '金桥经济技术开发区管理委员会',
      'Administrative Committee of the Jinqiao Economic and Technological Development Zone',
    ),
  },
  defaultSeo: {
    title: ZONE_NAME,
    description: ZONE_PROFILE.summary,
  },
}

export const FIRST_ANNOUNCEMENT = {
  slug: 'jinqiao-content-platform-launched',
  category: 'notice' as const,
  title: t('金桥经济技术开发区信息发布平台上线', 'Jinqiao Development Zone information platform launched'),
  summary: t(
    '开发区管理委员会通过本平台以中英文发布园区、产业和公告信息。',
    'The Administrative Committee now publishes information on the zone’s parks, industries and announcements, in Chinese and English, through this platform.',
  ),
  body: [
    t(
      '金桥经济技术开发区管理委员会通过本平台以中文和英文发布开发区的园区、产业、政策和公告信息。',
      'Through this platform the Administrative Committee of the Jinqiao Economic and Technological Development Zone publishes information on the zone’s parks, industries, policies and announcements, in Chinese and English.',
    ),
    t(
      '金桥经济技术开发区于 1990 年经国务院批准设立，规划面积 20.48 平方公里。',
      'The zone was approved by the State Council in 1990 and covers 20.48 km².',
    ),
  ],
  industries: ['artificial-intelligence'],
  parks: ['jinqiao-economic-and-technological-development-zone'],
}

export const bodyIn = (texts: Bilingual[], locale: 'en' | 'zh') => paragraphs(...texts.map((b) => b[locale]))
