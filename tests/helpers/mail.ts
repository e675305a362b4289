import { SMTPServer } from 'smtp-server'

export type Mail = { to: string[]; raw: string }
/** An SMTP receiver that keeps every message it gets in `mails` (start it with .listen). */
export const mailServer = (mails: Mail[]) =>
  new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')))
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw })
        callback()
      })
    },
  })
/** A captured email as its reader sees it: the decoded subject and plain text. */
export function readMail(raw: string): { subject: string; text: string } {
  const bytes = (qp: string) =>
    Buffer.from(
      qp.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    )
  const words = (header: string) =>
    header.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, kind: string, data: string) =>
      (kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : bytes(data.replace(/_/g, ' '))).toString('utf8'),
    )
  const unfolded = raw.replace(/\r?\n[ \t]+/g, ' ')
  const subject = words(/^Subject: (.*)$/im.exec(unfolded)?.[1] ?? '')
  const part = /Content-Type: text\/plain[^]*?Content-Transfer-Encoding: ([\w-]+)\r?\n\r?\n([^]*?)\r?\n(?:--|$)/i.exec(
    raw,
  )
  if (!part) return { subject, text: '' }
  const [, encoding, body] = part
  const text =
    encoding!.toLowerCase() === 'base64'
      ? Buffer.from(body!.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding!.toLowerCase() === 'quoted-printable'
        ? bytes(body!).toString('utf8')
        : body!
  return { subject, text }
}

