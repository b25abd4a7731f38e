/**
 * Standard input, read whole. Read as a stream, not with readFileSync(0),
 * which fails with EAGAIN when stdin is a pipe whose writer is still working
 * (`crtx extract report.pdf --stdout | crtx validate - --evidence`).
 */
export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
