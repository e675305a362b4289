import { withoutSessionCookie } from '../../src/http/authenticate'

describe('the Cookie header handed to Payload for an anonymous request', () => {
  it.each([
    ['payload-token=forged', undefined],
    ['payload-lng=zh; payload-token =forged', 'payload-lng=zh'],
    ['a=1; payload-token=x=y; b=2', 'a=1; b=2'],
    // Payload reads only the exact (trimmed) name: other spellings are no credential and stay.
    ['PAYLOAD-TOKEN=x', 'PAYLOAD-TOKEN=x'],
    ['payload-token-old=x', 'payload-token-old=x'],
  ])('%j keeps %j', (cookie, kept) => {
    expect(withoutSessionCookie(cookie, 'payload-token')).toBe(kept)
  })
})
