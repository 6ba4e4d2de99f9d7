// The people Parley knows before reading: lookup by name or distinctive surname, and the actor they lend a speaker.
import { describe, expect, test } from 'vitest';
import { DEFAULT_TARGETS } from '../../../core/default-targets';
import { extract } from '../../../core/extract';
import { KnownPeople, ROSTER, personKey } from '../../../core/extract/known-people';

describe('known people', () => {
  const people = new KnownPeople([
    { name: 'Ana Ruiz Soto', actor: 'chile', variants: ['Ana Ruiz'], short: 'Soto' },
    { name: 'Ben Soto', actor: 'chile', short: 'Soto' },
    { name: 'Carl Weiss', actor: 'austria', short: 'Weiss' },
    { name: 'Dora Weiss', actor: 'germany', short: 'Weiss' },
  ]);
  test('a name is found whole, by a variant, without accents or initials', () => {
    expect(personKey(['S.', 'Jaíshankar'])).toBe('jaishankar');
    expect(people.lookup(['Ana', 'Ruiz', 'Soto'])?.actor).toBe('chile');
    expect(people.lookup(['Ana', 'Ruiz'])?.name).toBe('Ana Ruiz Soto');
  });
  test('a surname alone names someone only where it is distinctive', () => {
    expect(people.lookup(['Soto'])?.actor).toBe('chile'); // two people, one state: the state is still known
    expect(people.lookup(['Weiss'])).toBeUndefined(); // two states: unknown
    expect(people.lookup(['Maria', 'Soto'])).toBeUndefined(); // a different first name is someone else
  });
  test('the roster holds officials with actors and no duplicate names', () => {
    expect(ROSTER.length).toBeGreaterThan(100);
    const keys = ROSTER.map((p) => personKey(p.name.split(/\s+/)));
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of ROSTER) expect(p.actor).toMatch(/^[a-z][a-z0-9_-]*$/);
  });
});

describe('a known speaker lends the state the text does not state', () => {
  const roster = new KnownPeople(ROSTER);
  const someone = ROSTER.find((p) => p.short && roster.lookup([p.short]) === p)!;
  test('a roster name with no title speaks for the roster state', () => {
    const [s] = extract(`${someone.name} said the talks had been useful.`, { targets: DEFAULT_TARGETS }).statements;
    expect(s).toMatchObject({ speaker: someone.name, actor: someone.actor });
  });
  test("the analyst's registry overrides the roster", () => {
    const [s] = extract('Ana Pereira said the talks had been useful.', {
      targets: DEFAULT_TARGETS,
      people: [{ name: 'Ana Pereira', actor: 'brazil' }],
    }).statements;
    expect(s).toMatchObject({ speaker: 'Ana Pereira', actor: 'brazil' });
  });
  test('an affiliation stated in the text wins over the registry', () => {
    const [s] = extract('Chilean Foreign Minister Ana Pereira said the talks had been useful.', {
      targets: DEFAULT_TARGETS,
      people: [{ name: 'Ana Pereira', actor: 'brazil' }],
    }).statements;
    expect(s?.actor).toBe('chile');
  });
});

describe('a circumstance between the name and the verb', () => {
  test.each([
    'Ana Pereira, speaking later in Lima, said the talks had been useful.',
    'Ana Pereira, in a statement on Friday, said the talks had been useful.',
    'Ana Pereira, while addressing reporters, said the talks had been useful.',
  ])('%s', (text) => {
    const [s] = extract(text, { targets: DEFAULT_TARGETS }).statements;
    expect(s?.speaker).toBe('Ana Pereira');
  });
});
