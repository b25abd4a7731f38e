import { describe, expect, it } from 'vitest';
import { classifyLine, type LineClass } from '../../src/layout/lines.js';

/** The kind one line gets, alone, as the line classifier reads it (offsets start at 0). */
function kindOf(text: string): LineClass['kind'] {
  return classifyLine(text, { start: 0, end: text.length, view: text }).kind;
}

describe('the line classifier every layout reader shares', () => {
  it.each([
    ['', 'blank'],
    ['   ', 'blank'],
    ['Country Reports on Terrorism 2019 - Chapter 5 - Brigade of the Northern Hills (BNH)', 'title'],
    ['Country Reports on Terrorism 2014 - Foreign Terrorist Organizations: Northern Hills Brigade', 'title'],
    ['Associated documents', 'end-marker'],
    ['Source: "Chapter 6," Country Reports on Terrorism 2007, US Department of State, April 30, 2008.', 'source'],
    ['Last updated: Tuesday, 4 March 2008, 10:12 GMT', 'chrome'],
    ['Home | About us | Contact', 'chrome'],
    ['Date:', 'chrome'],
    // (Round 94's ISIL-Libya copy prints both after the title, each with its value: "Date" had been read as a section.)
    ['Date: 19 July 2017', 'chrome'],
    ['- Document source: United States Department of State', 'chrome'],
    ['aka Northern Hills Brigade; BNH; Sons of the Hills', 'aka'],
    ['AKA: Northern Hills Brigade', 'aka'],
    ['Also known as (aka): Northern Hills Brigade', 'aka'],
    ['Description', 'heading'],
    ['Areas of Operation:  BNH operates in the hills.', 'heading'],
    ['Recruitment: the group recruits online.', 'heading'],
    ['The Northern Hills Brigade was designated in 2011.', 'text'],
    ['Northern Hills Brigade', 'text'],
  ] as const)('%j is %s', (line, kind) => {
    expect(kindOf(line)).toBe(kind);
  });

  it('a heading says its canonical name, whether it is known, and where its body starts', () => {
    const line = 'Areas of Operation:  BNH operates in the hills.';
    expect(classifyLine(line, { start: 0, end: line.length, view: line })).toEqual({
      kind: 'heading',
      heading: { name: 'Location/Area of Operation', known: true, heading: { start: 0, end: 18 }, bodyStart: 19 },
    });
  });

  it.each([
    ['Country Reports on Terrorism 2019 - Chapter 5 - Brigade of the Northern Hills (BNH)', 'Brigade of the Northern Hills', 'BNH', 5],
    ['Country Reports on Terrorism 2014 - Foreign Terrorist Organizations: Northern Hills Brigade', 'Northern Hills Brigade', null, null],
    // Both styles at once, as some 2005–2008 pages print it: the chapter's name is no part of the group's.
    ['Country Reports on Terrorism 2005 - Chapter 8 - Foreign Terrorist Organizations: Northern Hills Brigade (NHB)', 'Northern Hills Brigade', 'NHB', 8],
    // The 2007–2008 reports' chapter, "Terrorist Organizations", after a double hyphen (round 91's AQIM 2007 had read
    // "- Terrorist Organizations: ..." as the group's name).
    ['Country Reports on Terrorism 2007 - Chapter 6 -- Terrorist Organizations: Northern Hills Brigade (NHB)', 'Northern Hills Brigade', 'NHB', 6],
    ['Country Reports on Terrorism 2008 -- Chapter 6 -- Northern Hills Brigade (NHB)', 'Northern Hills Brigade', 'NHB', 6],
  ] as const)('the title %j names %j (%j), chapter %j', (line, name, acronym, chapter) => {
    const c = classifyLine(line, { start: 0, end: line.length, view: line });
    if (c.kind !== 'title') throw new Error(`not a title: ${c.kind}`);
    const text = (s: { start: number; end: number } | null) => (s ? line.slice(s.start, s.end) : null);
    expect([text(c.title.name), text(c.title.acronym), c.title.chapterNumber]).toEqual([name, acronym, chapter]);
  });

  it('an alias line says where its list starts', () => {
    const line = 'aka: Northern Hills Brigade; BNH';
    expect(classifyLine(line, { start: 0, end: line.length, view: line })).toEqual({ kind: 'aka', listStart: 5 });
  });
});
