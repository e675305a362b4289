import { storedFilename } from '../../src/content/media/shortenUploadFilename'

describe('the name an uploaded file is stored under', () => {
  it('keeps a short name with its extension as it is', () => {
    expect(storedFilename('金桥 gate.jpeg', 'jpg')).toBe('金桥 gate.jpeg')
  })

  it('gives a name without extension the one of its detected type', () => {
    expect(storedFilename('gate', 'jpg')).toBe('gate.jpg')
    expect(storedFilename('report.', 'pdf')).toBe('report.pdf')
    expect(storedFilename('notes', undefined)).toBe('notes')
  })

  it('treats a long tail after the last dot as part of the name', () => {
    expect(storedFilename('v1.thisisnotanextension', 'png')).toBe('v1.thisisnotanextension.png')
  })

  it('shortens to the byte limit by whole characters, keeping the extension', () => {
    expect(storedFilename('a'.repeat(300) + '.png', 'png', 20)).toBe('a'.repeat(16) + '.png')
    // Three bytes per character: 5 characters (15 bytes) and ".pdf" fit in 20, a sixth would not.
    expect(storedFilename('园'.repeat(50) + '.pdf', 'pdf', 20)).toBe('园'.repeat(5) + '.pdf')
    expect(storedFilename('🀄'.repeat(10), 'png', 13)).toBe('🀄🀄.png')
  })
})
