import { startTestPayload, type TestPayload } from './helpers/testPayload'

let ctx: TestPayload
beforeAll(async () => {
  ctx = await startTestPayload()
})
afterAll(async () => ctx?.close())

it('the first account ever created is an administrator, the next ones are not', async () => {
  const { payload } = ctx
  const first = await payload.create({
    collection: 'users',
    data: { email: 'first@test.local', password: 'first-password-1', role: 'editor' },
  })
  expect(first.role).toBe('admin')
  const second = await payload.create({
    collection: 'users',
    data: { email: 'second@test.local', password: 'second-password-1', role: 'editor' },
  })
  expect(second.role).toBe('editor')
})
