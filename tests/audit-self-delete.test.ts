import { createStaff, startTestPayload, type TestPayload } from './helpers/testPayload'

let ctx: TestPayload

beforeAll(async () => {
  ctx = await startTestPayload()
})
afterAll(async () => ctx?.close())

// Found by the fuzz suite: the audit entry linked to the account just deleted, the database refused
// it (foreign key) and the deletion failed with a 500.
it('an administrator can delete their own account, and the audit log records who it was', async () => {
  const { payload } = ctx
  await createStaff(payload, 'admin')
  const leaving = await createStaff(payload, 'admin')
  await payload.delete({ collection: 'users', id: leaving.id, user: leaving, overrideAccess: false })
  expect(await payload.findByID({ collection: 'users', id: leaving.id, disableErrors: true })).toBeNull()
  const entries = await payload.find({
    collection: 'audit-log',
    where: { action: { equals: 'delete' }, collectionSlug: { equals: 'users' } },
  })
  expect(entries.docs.map((d) => [d.documentId, d.userEmail])).toEqual([[String(leaving.id), leaving.email]])
})
