import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'

import { startHttp } from './helpers/httpServer'
import { type Mail, mailServer, readMail } from './helpers/mail'
import { createStaff, startTestPayload, type TestPayload } from './helpers/testPayload'
import { sleep, waitFor } from './helpers/wait'

/** Investor inquiries: public create only, validation, honeypot, rate limit, notification email, pipeline, PII. */

const mails: Mail[] = []
let smtp = mailServer(mails)
let smtpPort = 0

let ctx: TestPayload
let payload: Payload
let http: Awaited<ReturnType<typeof startHttp>>
let admin: Awaited<ReturnType<typeof createStaff>>
let publisher: Awaited<ReturnType<typeof createStaff>>
let editor: Awaited<ReturnType<typeof createStaff>>
let parkId: number | string
const logLines: string[] = []

const valid = {
  company: 'Example Robotics GmbH',
  contactName: 'Anna Schmidt',
  email: 'anna.schmidt@example.de',
  phone: '+49 30 1234 5678',
  country: 'Germany',
  message: 'We are looking for 3,000 m² of factory space for a robotics assembly line.',
  consent: true,
  language: 'en',
}

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${http.url}/api/inquiries`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

const login = async (email: string) => {
  const response = await fetch(`${http.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'correct-horse-battery' }),
  })
  const { token } = (await response.json()) as { token: string }
  return { authorization: `JWT ${token}` }
}

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  smtpPort = (smtp.server.address() as AddressInfo).port
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}?ignoreTLS=true`
  process.env.INQUIRY_NOTIFY_TO = 'invest@jinqiao.test, desk@jinqiao.test'
  process.env.RATE_LIMIT_INQUIRIES = '21/600'
  // The jobs runner sends the notification, as in the server.
  ctx = await startTestPayload({ cron: true })
  payload = ctx.payload
  // Everything Payload logs, to check that no personal data reaches the logs.
  for (const level of ['info', 'warn', 'error', 'debug'] as const) {
    const original = payload.logger[level].bind(payload.logger)
    payload.logger[level] = ((...args: unknown[]) => {
      logLines.push(JSON.stringify(args))
      return (original as (...a: unknown[]) => void)(...args)
    }) as never
  }
  admin = await createStaff(payload, 'admin')
  publisher = await createStaff(payload, 'publisher')
  editor = await createStaff(payload, 'editor')
  const park = await payload.create({
    collection: 'parks',
    data: { name: 'Jinqiao South Park', slug: 'south-park', kind: 'sub-park', _status: 'published' } as never,
  })
  parkId = park.id
  http = await startHttp(payload)
})

afterAll(async () => {
  await http?.close()
  await ctx?.close()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
  delete process.env.SMTP_URL
  delete process.env.INQUIRY_NOTIFY_TO
  delete process.env.RATE_LIMIT_INQUIRIES
})

describe('investor inquiries', () => {
  let inquiryId: number | string

  it('the public sends an inquiry; the promotion office gets an email without the contact details', async () => {
    const response = await post({ ...valid, parks: [parkId] })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: Record<string, unknown> }
    inquiryId = doc.id as number

    const mail = await waitFor(() => mails.find((m) => m.raw.includes(`#${inquiryId}`)), 'the notification email')
    expect(mail.to.sort()).toEqual(['desk@jinqiao.test', 'invest@jinqiao.test'])
    expect(mail.raw).toContain('Example Robotics GmbH')
    expect(mail.raw).toContain('Germany')
    expect(mail.raw).toContain(`/admin/collections/inquiries/${inquiryId}`)
    for (const secret of [valid.email, valid.contactName, '1234 5678']) expect(mail.raw).not.toContain(secret)
    // …and no personal data was logged along the way.
    for (const secret of [valid.email, valid.contactName, valid.phone, 'robotics assembly line']) {
      expect(logLines.join('\n')).not.toContain(secret)
    }
  })

  it('the investor gets an acknowledgement in their language, with the reference and the office’s contact', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'zh',
      data: {
        siteName: '金桥经济技术开发区',
        contact: { organisation: '金桥开发区投资促进办公室', phone: '+86 21 5030 0000', email: 'invest@jinqiao.test' },
      },
    })
    const response = await post({
      ...valid,
      company: '上海示例机器人有限公司',
      contactName: '李伟',
      email: 'li.wei@example.cn',
      language: 'zh',
      reference: 'JQ-0000-FORGED',
    })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { reference?: string; email?: string } }
    // The reference is the server's, and the site can show it; the contact details are not echoed.
    expect(doc.reference).toMatch(/^JQ-20\d\d-[2-9A-HJKMNP-Z]{6}$/)
    expect(doc.email).toBeUndefined()

    const ack = await waitFor(() => mails.find((m) => m.to.includes('li.wei@example.cn')), 'the acknowledgement')
    const { subject, text } = readMail(ack.raw)
    expect(subject).toBe(`我们已收到您的投资咨询（${doc.reference}）`)
    expect(text).toContain('李伟，您好')
    expect(text).toContain(`编号为 ${doc.reference}`)
    expect(text).toContain('金桥开发区投资促进办公室：+86 21 5030 0000，invest@jinqiao.test')
    expect(ack.raw).toMatch(/^Reply-To: invest@jinqiao\.test/m)

    // The first inquiry, in English, got its own in English.
    const first = await payload.findByID({ collection: 'inquiries', id: inquiryId })
    const english = await waitFor(() => mails.find((m) => m.to.includes(valid.email)), 'the English acknowledgement')
    expect(readMail(english.raw).subject).toBe(`We have received your investment inquiry (${first.reference})`)
    for (const secret of ['li.wei@example.cn', '李伟', valid.email]) expect(logLines.join('\n')).not.toContain(secret)
  })

  it('an admin words the acknowledgement in Site settings, with placeholders', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'en',
      data: {
        siteName: 'Jinqiao Economic and Technological Development Zone',
        inquiryAcknowledgement: {
          subject: 'Jinqiao: inquiry {reference} received',
          body: 'Hello {contactName} of {company}, write to {officeEmail} quoting {reference}. {unknown} stays.',
        },
      },
    })
    const response = await post({ ...valid, company: 'Template Check Ltd', email: 'ops@template.example' })
    const { doc } = (await response.json()) as { doc: { reference: string } }
    const ack = await waitFor(() => mails.find((m) => m.to.includes('ops@template.example')), 'the acknowledgement')
    expect(readMail(ack.raw)).toEqual({
      subject: `Jinqiao: inquiry ${doc.reference} received`,
      text: `Hello ${valid.contactName} of Template Check Ltd, write to invest@jinqiao.test quoting ${doc.reference}. {unknown} stays.`,
    })
  })

  it('an inquiry says what it is about: a published opportunity, never a draft or an unknown item', async () => {
    const opportunity = (slug: string, status: 'published' | 'draft') =>
      payload.create({
        collection: 'opportunities',
        data: { title: slug, slug, kind: 'office', park: parkId, areaM2: 800, _status: status } as never,
        draft: status === 'draft',
      })
    const open = await opportunity('tower-b-floor-12', 'published')
    const hidden = await opportunity('tower-c-unannounced', 'draft')
    const about = (collection: string, id: unknown) => ({
      ...valid,
      company: `About ${String(id)}`,
      subject: { relationTo: collection, value: id },
    })

    const accepted = await post(about('opportunities', open.id))
    expect(accepted.status).toBe(201)
    const { doc } = (await accepted.json()) as { doc: { id: number } }
    const stored = await payload.findByID({ collection: 'inquiries', id: doc.id, depth: 0 })
    expect(stored.subject).toEqual({ relationTo: 'opportunities', value: open.id })
    // Staff find the inquiries about one opportunity.
    const { totalDocs } = await payload.count({
      collection: 'inquiries',
      where: { 'subject.value': { equals: open.id }, 'subject.relationTo': { equals: 'opportunities' } },
    })
    expect(totalDocs).toBe(1)

    for (const [collection, id] of [
      ['opportunities', hidden.id],
      ['opportunities', 999_999],
      ['users', 1],
    ] as const) {
      const refused = await post(about(collection, id))
      expect(refused.status).toBe(400)
      expect(await refused.text()).toContain('not open to inquiries')
    }
  })

  it('the public cannot set the pipeline stage or the date, nor read, list, update or delete inquiries', async () => {
    const sent = Date.now()
    const sneaky = await post({
      ...valid,
      company: 'Sneaky Ltd',
      status: 'qualified',
      assignee: admin.id,
      createdAt: '2020-01-01T00:00:00Z',
    })
    expect(sneaky.status).toBe(201)
    const { doc } = (await sneaky.json()) as { doc: { id: number } }
    const stored = await payload.findByID({ collection: 'inquiries', id: doc.id })
    expect(stored.status).toBe('new')
    expect(stored.assignee ?? null).toBeNull()
    // Dated by the server: a backdated inquiry would sink to the bottom of the pipeline.
    expect(Date.parse(stored.createdAt)).toBeGreaterThanOrEqual(sent - 1000)

    expect((await fetch(`${http.url}/api/inquiries`)).status).toBe(403)
    expect((await fetch(`${http.url}/api/inquiries/${inquiryId}`)).status).toBe(403)
    const patch = await fetch(`${http.url}/api/inquiries/${inquiryId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'closed' }),
    })
    expect(patch.status).toBe(403)
    expect((await fetch(`${http.url}/api/inquiries/${inquiryId}`, { method: 'DELETE' })).status).toBe(403)
    // Not offered over GraphQL at all (REST only, where the rate limit is).
    const graphql = await fetch(`${http.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Inquiries { docs { email } } }' }),
    })
    const { errors } = (await graphql.json()) as { errors: { message: string }[] }
    expect(errors[0]?.message).toMatch(/Cannot query field "Inquiries"/)
  })

  it('invalid fields get a 400 that lists each field’s problem, and nothing is stored', async () => {
    const before = (await payload.count({ collection: 'inquiries' })).totalDocs
    const response = await post({
      company: '',
      contactName: 'x'.repeat(101),
      email: 'not-an-email',
      phone: '12345',
      country: 'Germany',
      message: 'Hi',
      consent: false,
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
    const fields = Object.fromEntries((body.errors[0]?.data?.errors ?? []).map((e) => [e.path, e.message]))
    expect(Object.keys(fields).sort()).toEqual(['company', 'consent', 'contactName', 'email', 'message', 'phone'])
    expect(fields.phone).toMatch(/Chinese mobile/)
    expect(fields.consent).toMatch(/agree to be contacted/)
    expect((await payload.count({ collection: 'inquiries' })).totalDocs).toBe(before)
  })

  it('accepts Chinese and international phone formats', async () => {
    for (const phone of ['13812345678', '138 1234 5678', '021-5030 0000', '+86 21 5030 0000', '0044 20 7946 0958']) {
      const response = await post({ ...valid, company: `Phone ${phone}`, phone })
      expect({ phone, status: response.status }).toEqual({ phone, status: 201 })
    }
  })

  it('a filled-in honeypot is refused and stores nothing; malformed JSON or an odd date gets a 400', async () => {
    const before = (await payload.count({ collection: 'inquiries' })).totalDocs
    const bot = await post({ ...valid, website: 'http://spam.example' })
    expect(bot.status).toBe(400)
    expect(JSON.stringify(await bot.json())).toMatch(/filled in automatically/)
    expect((await post('{"company": ')).status).toBe(400)
    // A date JavaScript would guess at ("0" is the year 2000) but PostgreSQL refuses: a 400, not a 500.
    const oddDate = await post({ ...valid, createdAt: '0' })
    expect(oddDate.status).toBe(400)
    expect(JSON.stringify(await oddDate.json())).toMatch(/ISO 8601/)
    expect((await payload.count({ collection: 'inquiries' })).totalDocs).toBe(before)
  })

  it('contact details are for admins and publishers; editors see the rest of the pipeline', async () => {
    const asEditor = await (
      await fetch(`${http.url}/api/inquiries/${inquiryId}`, { headers: await login(editor.email) })
    ).json()
    expect(asEditor.company).toBe(valid.company)
    expect(asEditor.email).toBeUndefined()
    expect(asEditor.phone).toBeUndefined()
    for (const who of [admin, publisher]) {
      const doc = await (
        await fetch(`${http.url}/api/inquiries/${inquiryId}`, { headers: await login(who.email) })
      ).json()
      expect({ email: doc.email, phone: doc.phone }).toEqual({ email: valid.email, phone: valid.phone })
    }
    // Editors can't delete leads either.
    const del = await fetch(`${http.url}/api/inquiries/${inquiryId}`, {
      method: 'DELETE',
      headers: await login(editor.email),
    })
    expect(del.status).toBe(403)
  })

  it('staff move an inquiry through the pipeline; publishers assign, the note is stamped', async () => {
    const { errors } = await payload
      .update({
        collection: 'inquiries',
        id: inquiryId,
        data: { status: 'contacted' },
        user: editor,
        overrideAccess: false,
      })
      .then(() => ({ errors: [] as { path: string }[] }))
      .catch((e: { data?: { errors?: { path: string }[] } }) => ({ errors: e.data?.errors ?? [] }))
    expect(errors.map((e) => e.path)).toEqual(['assignee'])

    // An editor cannot hand out work: the assignee they send is dropped.
    const byEditor = await payload.update({
      collection: 'inquiries',
      id: inquiryId,
      data: { assignee: editor.id, internalNotes: [{ note: 'Called back, sending the park brochure.' }] },
      user: editor,
      overrideAccess: false,
    })
    expect(byEditor.assignee ?? null).toBeNull()
    const note = byEditor.internalNotes?.[0]
    expect(note?.note).toMatch(/brochure/)
    expect(typeof note?.author === 'object' ? note?.author?.id : note?.author).toBe(editor.id)
    expect(note?.at).toBeTruthy()

    const updated = await payload.update({
      collection: 'inquiries',
      id: inquiryId,
      data: { status: 'assigned', assignee: editor.id },
      user: publisher,
      overrideAccess: false,
    })
    expect(updated.status).toBe('assigned')
    expect(typeof updated.assignee === 'object' ? updated.assignee?.id : updated.assignee).toBe(editor.id)
  })

  it('the assignee is emailed, in both languages, with the reference and a link; not who assigns themselves', async () => {
    const { doc } = (await (await post({ ...valid, company: 'Assigned Lead GmbH' })).json()) as {
      doc: { id: number; reference: string }
    }
    await payload.update({
      collection: 'inquiries',
      id: doc.id,
      data: { status: 'assigned', assignee: editor.id },
      user: publisher,
      overrideAccess: false,
    })
    const mail = await waitFor(
      () => mails.find((m) => m.to.includes(editor.email) && readMail(m.raw).subject.includes(doc.reference)),
      'the assignment email',
    )
    const { subject, text } = readMail(mail.raw)
    expect(subject).toMatch(/咨询已分配给您 · Inquiry JQ-\d{4}-\w+ assigned to you/)
    expect(text).toContain('Assigned Lead GmbH')
    expect(text).toMatch(new RegExp(`/admin/collections/inquiries/${doc.id}$`, 'm'))
    // Contact details stay in the panel.
    expect(mail.raw).not.toContain(valid.email)

    const own = (await (await post({ ...valid, company: 'Self Assigned GmbH' })).json()) as { doc: { id: number } }
    await payload.update({
      collection: 'inquiries',
      id: own.doc.id,
      data: { status: 'assigned', assignee: publisher.id },
      user: publisher,
      overrideAccess: false,
    })
    await sleep(3_000)
    expect(mails.some((m) => m.to.includes(publisher.email) && m.raw.includes('Self Assigned GmbH'))).toBe(false)
  })

  it('exports the pipeline as CSV; editors get no contact columns; formulas are neutralised', async () => {
    await post({ ...valid, company: '=HYPERLINK("http://evil.example","click")' })
    const asAdmin = await fetch(`${http.url}/api/inquiries/export.csv`, { headers: await login(admin.email) })
    expect(asAdmin.status).toBe(200)
    expect(asAdmin.headers.get('content-type')).toMatch(/text\/csv/)
    const csv = await asAdmin.text()
    const header = csv.replace(/^\uFEFF/, '').split('\n')[0]
    expect(header).toContain('Email')
    expect(csv).toContain(valid.email)
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`)

    const asEditor = await (
      await fetch(`${http.url}/api/inquiries/export.csv`, { headers: await login(editor.email) })
    ).text()
    expect(asEditor.split('\n')[0]).not.toContain('Email')
    expect(asEditor).not.toContain(valid.email)
    expect(asEditor).toContain('Example Robotics GmbH')

    expect((await fetch(`${http.url}/api/inquiries/export.csv`)).status).toBe(403)

    // Each export is in the audit log, saying whether it held contact details.
    const { docs: exports } = await payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'export' } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(exports.map((e) => [e.userEmail, e.collectionSlug, e.documentTitle])).toEqual([
      [admin.email, 'inquiries', expect.stringMatching(/^CSV: \d+ inquiries, with email and phone$/)],
      [editor.email, 'inquiries', expect.stringMatching(/^CSV: \d+ inquiries, without contact details$/)],
    ])
  })

  it('while the mail server is down the inquiry is kept, and the email goes out once it is back', async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()))
    const response = await post({ ...valid, company: 'Patient Investor AG' })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number } }
    // Long enough for the first attempt to fail (the runner polls every 5 s).
    await sleep(7_000)
    expect(mails.some((m) => m.raw.includes(`#${doc.id}`))).toBe(false)
    smtp = mailServer(mails)
    await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve))
    const mail = await waitFor(() => mails.find((m) => m.raw.includes(`#${doc.id}`)), 'the retried email', {
      timeoutMs: 60_000,
    })
    expect(mail.raw).toContain('Patient Investor AG')
  }, 90_000)

  it('a burst of inquiries from one address gets 429 with Retry-After', async () => {
    let response: Response | undefined
    for (let i = 0; i < 15; i++) {
      response = await post({ ...valid, company: `Burst ${i}` })
      if (response.status === 429) break
    }
    expect(response?.status).toBe(429)
    expect(Number(response?.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})
