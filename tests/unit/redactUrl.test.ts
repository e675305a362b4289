import { redactUrl } from '../../src/http/requestLog'

describe('request log addresses', () => {
  it('keep a preview token out of the log, and everything else in', () => {
    expect(redactUrl('/api/preview?token=abc.def&locale=en')).toBe('/api/preview?token=[redacted]&locale=en')
    expect(redactUrl('/preview?locale=zh&token=abc.def')).toBe('/preview?locale=zh&token=[redacted]')
    expect(redactUrl('/api/announcements?where[slug][equals]=x')).toBe('/api/announcements?where[slug][equals]=x')
    expect(redactUrl(undefined)).toBeUndefined()
  })
})
