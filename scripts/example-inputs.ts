/**
 * Builders for example inputs in the layouts users hold: a saved chapter web
 * page and typeset (hyphenated) lines for a report PDF. Tests use them, and
 * scripts/write-examples.ts writes the committed examples in fixtures/inputs/.
 */
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A saved report page: navigation, scripts and styles around profiles laid out as headings and paragraphs. */
export function htmlPage(title: string, entries: readonly string[]): string {
  const body = entries
    .map((entry) => {
      const [name, ...rest] = entry.trim().split(/\r?\n/);
      const paragraphs = rest.map((line) => {
        const heading = /^([A-Z][A-Za-z /]+:)(.*)$/.exec(line);
        return heading ? `<p><strong>${escape(heading[1]!)}</strong>${escape(heading[2]!)}</p>` : `<p>${escape(line)}</p>`;
      });
      return `<section>\n<h2>${escape(name!)}</h2>\n${paragraphs.join('\n')}\n</section>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>p { color: red } /* Description: not text */</style>
<script>document.write("Fake Front\\naka Fake; Description: injected")</script></head>
<body><nav><ul><li>Home</li><li>Reports</li><li>Countries</li></ul></nav>
<header role="banner"><p>U.S. Department of State</p></header>
<main><h1>Chapter 5: Foreign Terrorist Organizations</h1>
${body}
</main>
<aside>Related: Country Reports on Terrorism 2020</aside>
<footer><p>Privacy Policy</p></footer>
<script src="https://example.invalid/tracker.js"></script>
</body></html>
`;
}

/** Break long lower-case words across some line ends with a hyphen, as typesetting does. */
export function hyphenate(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i += 3) {
    const m = /^([a-z]{4})([a-z]{4,})(\s.*)$/.exec(out[i + 1]!);
    if (m && out[i]!.trim() !== '') {
      out[i] = `${out[i]} ${m[1]}-`;
      out[i + 1] = m[2]! + m[3]!;
    }
  }
  return out;
}

