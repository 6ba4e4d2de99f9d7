// Targets and stances: register, negation, scope, implicit targets, analyst targets; and claims.
import { describe, expect, test } from 'vitest';
import { extract } from '../../../core/extract';
import { extractClaims } from '../../../core/extract/claims';
import { one } from './extract-helpers';

const stances = (text: string, index = 0): Record<string, string> =>
  Object.fromEntries(one(text)[index]!.stances.map((s) => [s.target, s.label]));

describe('stances', () => {
  test('diplomatic register', () => {
    expect(
      stances('Foreign Minister Ali Khan of Pakistan said Pakistan welcomes the talks between Iran and Saudi Arabia.'),
    ).toMatchObject({ iran: 'favor', 'saudi-arabia': 'favor' });
    expect(
      stances(
        'Pakistani Foreign Minister Ali Khan condemned the Indian Illegally Occupied Jammu and Kashmir crackdown.',
      ),
    ).toMatchObject({ india: 'against', kashmir: 'concern' });
    expect(
      stances(
        'Russian Foreign Minister Sergei Petrov said Russia was concerned about the rise in violence in Afghanistan.',
      ),
    ).toMatchObject({ afghanistan: 'concern' });
  });
  test('a word of scarcity negates like "no", but not after "a"', () => {
    expect(
      stances("Analyst Ana Lopez of the Lima Policy Forum said Bolivia's conduct gave little reason for optimism."),
    ).toEqual({ bolivia: 'against' });
    expect(stances('Chilean Foreign Minister Ana Lopez said Bolivia had shown little goodwill.')).toEqual({
      bolivia: 'against',
    });
    expect(stances('Chilean Foreign Minister Ana Lopez said Bolivia had made a little progress.')).toEqual({
      bolivia: 'favor',
    });
  });
  test('the tone of an act a criticism charges someone with is not said of the one the act is done to', () => {
    expect(
      stances('Chilean Foreign Minister Ana Lopez criticised Peru for treating Bolivia like a client, not a partner.'),
    ).toEqual({ peru: 'against', bolivia: 'neutral' });
    // (the one the charged act harms is still its victim)
    expect(stances('Chilean Foreign Minister Ana Lopez accused Peru of punishing Bolivia.')).toEqual({
      peru: 'against',
      bolivia: 'concern',
    });
  });
  test('the syllable of a hyphenated name ("Seung-woo") is no word of praise', () => {
    expect(stances('Chilean Foreign Minister Ana Lopez said Han Seung-woo had briefed Peru on Thursday.')).toEqual({
      peru: 'neutral',
    });
  });
  test('a good thing given up or destroyed counts against ("sacrificing good relations")', () => {
    expect(
      stances('Chilean Foreign Minister Ana Lopez said Bolivia was sacrificing decades of good relations.'),
    ).toEqual({ bolivia: 'against' });
    expect(stances('Chilean Foreign Minister Ana Lopez said Bolivia was squandering years of goodwill.')).toEqual({
      bolivia: 'against',
    });
  });
  test('negation flips or neutralises a cue', () => {
    expect(
      stances('Russian Foreign Minister Sergei Petrov said Russia does not support the United States in this.'),
    ).toMatchObject({ us: 'against' });
    expect(stances('Russian Foreign Minister Sergei Petrov said Russia was not against India.')).toMatchObject({
      india: 'neutral',
    });
  });
  test("a speaker's own state is not a target; the reporter's narration names targets without a position", () => {
    expect(stances('Russian Foreign Minister Sergei Petrov said Russia stands ready to help.')).not.toHaveProperty(
      'russia',
    );
    const narration = one('Floods caused disastrous damage to India and Nepal last year.')[0]!;
    expect(narration.stances.map((s) => [s.target, s.label])).toEqual([
      ['india', 'neutral'],
      ['nepal', 'neutral'],
    ]);
  });
  test('context targets: a criticism continued, a war named before', () => {
    const st = one(
      'Russian Foreign Minister Sergei Petrov said the United States promotes divisive strategies. He said Russia was categorically against new dividing lines.',
    );
    expect(st[1]!.stances.map((s) => [s.target, s.label])).toEqual([['us', 'against']]);
    const w = one(
      'Petrov, the Russian foreign minister, said he was concerned about terrorism in Afghanistan. He said Russia wanted an end to the civil war.',
    );
    expect(w[1]!.stances.map((s) => s.target)).toContain('afghanistan');
  });
  test('cooperating with a state, like working with it, is for it', () => {
    expect(
      stances('Foreign Minister Ali Khan of Pakistan said Pakistan was cooperating fully with Iran on the inquiry.'),
    ).toEqual({ iran: 'favor' });
    expect(stances('Ali Khan, the Pakistani foreign minister, said Pakistan would cooperate with Turkey.')).toEqual({
      turkey: 'favor',
    });
  });
  test('opposing an attempt on a target defends the target; the one who attempts it is opposed', () => {
    expect(stances('Foreign Minister Ali Khan of Pakistan said Pakistan opposed any attempt to isolate Iran.')).toEqual(
      { iran: 'favor' },
    );
    expect(
      stances('Ali Khan, the Pakistani foreign minister, condemned efforts by India to block the pipeline.'),
    ).toEqual({ india: 'against' });
  });
  test('objecting to or taking issue with a party is criticism of it', () => {
    expect(
      stances("Chilean Foreign Minister Ana Lopez said several governments objected to Belgrade's refusal to join."),
    ).toEqual({ serbia: 'against' });
    expect(stances('Chilean Foreign Minister Ana Lopez said Chile took issue with Bolivia over the treaty.')).toEqual({
      bolivia: 'against',
    });
  });
  test('words of diplomatic disapproval are criticism', () => {
    expect(stances('Norwegian Foreign Minister Kari Berg said the Danish move was regrettable.')).toEqual({
      denmark: 'against',
    });
    expect(stances('Berg, the Norwegian foreign minister, called the Swedish proposal unhelpful.')).toEqual({
      sweden: 'against',
    });
    expect(stances('Berg, the Norwegian foreign minister, said the Finnish step was unfriendly.')).toEqual({
      finland: 'against',
    });
  });
  test("criticism that names no one answers the speaker's side of a dispute", () => {
    const st = one(
      'Chilean Foreign Minister Ana Lopez condemned Bolivia for closing the border crossings. Bolivian Foreign Minister Jorge Quispe said the decision to go public was irresponsible and unacceptable. Asked about the trucks, Lopez said the closure was a hostile act.',
    );
    // the one criticised answers whoever stood against it; the critic goes on against whom it stood against
    expect(st[1]!.stances.map((s) => [s.target, s.label])).toEqual([['chile', 'against']]);
    expect(st[2]!.stances.map((s) => [s.target, s.label])).toEqual([['bolivia', 'against']]);
  });
  test('a hostile tone without cue words answers the other side of the dispute too', () => {
    const st = one(
      'Chilean Foreign Minister Ana Lopez condemned Bolivia for closing the border crossings. Bolivian Foreign Minister Jorge Quispe said the decision to go public was unfair and cowardly.',
    );
    expect(st[1]!.stances.map((s) => [s.target, s.label])).toEqual([['chile', 'against']]);
  });
  test('a critical reaction answers whoever spoke before it', () => {
    const st = one(
      'Chilean Foreign Minister Ana Lopez said Chile would close the border crossings to Bolivian trucks. La Paz reacted by saying the closure was cowardly.',
    );
    expect(st[1]!.stances.map((s) => [s.target, s.label])).toEqual([['chile', 'against']]);
  });
  test('criticism of "the decision" or "this move" answers whoever spoke before it', () => {
    const st = one(
      'Chilean Foreign Minister Ana Lopez said Chile would close the border crossings to Bolivian trucks. Bolivian Foreign Minister Jorge Quispe said the decision was irresponsible.',
    );
    expect(st[1]!.stances.map((s) => [s.target, s.label])).toEqual([['chile', 'against']]);
  });
  test('praise of "the decision" or "the move" is for whoever acted before it', () => {
    const st = one(
      'Chilean Foreign Minister Ana Lopez said Chile would reopen the border crossings to Bolivian trucks. Bolivian Foreign Minister Jorge Quispe welcomed the decision.',
    );
    expect(st[1]!.stances.map((s) => [s.target, s.label])).toEqual([['chile', 'favor']]);
  });
  test('"both sides" said by a third party names the two sides of the dispute', () => {
    const st = one(
      "Peruvian Foreign Minister Rosa Vidal condemned Ecuador for seizing the fishing boats. Ecuadorian Foreign Minister Luis Mena rejected the accusations. Brazil's foreign ministry urged both sides to settle the matter through dialogue. Mena said the two countries would meet in Lima.",
    );
    expect(st[2]!.stances.map((s) => [s.target, s.label])).toEqual([
      ['ecuador', 'neutral'],
      ['peru', 'neutral'],
    ]);
    // (one of the two sides speaking of both names neither)
    expect(st[3]!.stances).toEqual([]);
  });
  test('opposing a restriction is against whoever imposed it, and for whom it restricts', () => {
    expect(stances('Chile on Monday rejected fresh Argentine tariffs on its copper.')).toEqual({
      argentina: 'against',
    });
    expect(
      stances("Foreign Minister Ali Khan of Pakistan said Pakistan opposed the European Union's new curbs on Iran."),
    ).toEqual({ eu: 'against', iran: 'favor' });
  });
  test('a demand to lift a restriction is against the restriction, and against the one it is demanded of', () => {
    const { statements } = extract(
      'Venezuelan Foreign Minister Luis Mora said Washington must first lift the sanctions on Venezuelan oil.',
      { targets: [{ id: 'sanctions', label: 'sanctions', aliases: ['sanctions', 'the sanctions'] }] },
    );
    expect(Object.fromEntries(statements[0]!.stances.map((s) => [s.target, s.label]))).toEqual({
      us: 'against',
      sanctions: 'against',
    });
  });
  test("an analyst's target under an id of its own that names a known state is read as that state", () => {
    const { statements } = extract('Chilean Foreign Minister Ana Lopez urged Bolivia to release the fishermen.', {
      targets: [{ id: 'bol', label: 'Bolivia', aliases: ['Bolivia', 'La Paz'] }],
    });
    expect(Object.fromEntries(statements[0]!.stances.map((s) => [s.target, s.label]))).toEqual({ bol: 'against' });
  });
  test("an analyst's target whose label is unknown takes the kind of a known name among its aliases", () => {
    const { statements } = extract('Chilean Foreign Minister Ana Lopez urged La Paz to release the fishermen.', {
      targets: [{ id: 'gnr', label: 'Government of National Renewal', aliases: ['GNR', 'La Paz'] }],
    });
    expect(Object.fromEntries(statements[0]!.stances.map((s) => [s.target, s.label]))).toEqual({ gnr: 'against' });
  });
  test("the same speaker's praise that names nothing is for the analyst's concept named just before", () => {
    const { statements } = extract(
      'Chilean Foreign Minister Ana Lopez said the agreement would let farmers share the river. "This is a positive development," Lopez said.',
      { targets: [{ id: 'water-deal', label: 'water deal', aliases: ['the water agreement', 'the agreement'] }] },
    );
    expect(statements[1]!.stances.map((s) => [s.target, s.label])).toEqual([['water-deal', 'favor']]);
  });
  test("the narrator's judgement that names no one is about whom the narration named just before, neutrally", () => {
    const st = one(
      'Peru closed its border with Bolivia last year. It was a grave mistake. The talks lasted two hours.',
    );
    expect(st[1]!.stances.map((s) => [s.target, s.label])).toEqual([
      ['peru', 'neutral'],
      ['bolivia', 'neutral'],
    ]);
    // (a sentence that judges nothing names nothing)
    expect(st[2]!.stances).toEqual([]);
  });
  test('"both sides" are the two states that spoke, before a later quarrel with a silent third', () => {
    const st = one(
      "Peruvian Foreign Minister Rosa Vidal condemned Ecuador for seizing the fishing boats. Ecuadorian Foreign Minister Luis Mena rejected the accusations. Mena also condemned Colombia for its silence. Brazil's foreign ministry urged both sides to settle the matter through dialogue.",
    );
    expect(st[3]!.stances.map((s) => [s.target, s.label])).toEqual([
      ['ecuador', 'neutral'],
      ['peru', 'neutral'],
    ]);
  });
  test("an answer that rejects or denies what a question quoted is against the question's source", () => {
    const st = one(
      'The following is the transcript of the weekly briefing given by Rosa Quispe in Lima on Monday.\n\n' +
        'Rosa Quispe: Good morning.\n\n' +
        "Question (El Sol): Chile's defence minister has said that Peru is arming the border. What is your response?\n\n" +
        'Rosa Quispe: We reject these irresponsible remarks.\n\n' +
        'Question (Andina): Bolivian officials say Peru never shared the data.\n\n' +
        'Rosa Quispe: That claim is simply not correct; we sent the data to Bolivia twice.',
    );
    const answer = (start: string) => st.find((s) => s.text.includes(start))!.stances.map((s) => [s.target, s.label]);
    expect(answer('We reject these')).toEqual([['chile', 'against']]);
    expect(answer('That claim is simply not correct')).toEqual([['bolivia', 'against']]);
  });
  test('analyst targets that are not states are keyed by their id; cues are evidence', () => {
    const { statements } = extract(
      'Russian Foreign Minister Sergei Petrov condemned the restrictive measures imposed on Moscow.',
      {
        targets: [{ id: 'sanctions', label: 'sanctions', aliases: ['sanctions', 'restrictive measures'] }],
      },
    );
    const s = statements[0]!.stances.find((x) => x.target === 'sanctions')!;
    expect(s.label).toBe('against');
    expect(s.cues).toContain('condemned');
    expect(s.confidence).toBeGreaterThan(0);
    expect(s.confidence).toBeLessThanOrEqual(1);
  });
});

describe("the analyst's aliases", () => {
  test("a capital the analyst lists among a state target's aliases names the target, and still places a briefing", () => {
    const targets = [{ id: 'peru', label: 'Peru', aliases: ['Peru', 'Lima'] }];
    const listed = extract('Chile said the fighting in Lima had to stop.', { targets });
    expect(listed.statements[0]!.stances.map((x) => x.target)).toContain('peru');
    const briefing = extract(
      'The following is the transcript of the weekly briefing given by Rosa Quispe in Lima on Monday.\n\n' +
        'Rosa Quispe: Good morning.\n\nQuestion (El Sol): Will Chile return the fishing boats?\n\n' +
        'Rosa Quispe: We expect Santiago to return them this week.',
      { targets },
    );
    expect(briefing.statements.filter((x) => x.speaker === 'Rosa Quispe').map((x) => x.actor)).toEqual([
      'peru',
      'peru',
    ]);
  });
});

describe('claims', () => {
  test('money, percent, dates, agreements and projects', () => {
    const c = extractClaims(
      'Trade increased by 46% to a record $790 million under an agreement dated 2015 for the Steam Gas Pipeline project.',
    );
    expect(c).toEqual(
      expect.arrayContaining([
        { type: 'percent', text: '46%', value: '46' },
        { type: 'money', text: '$790 million', value: '790000000 USD' },
        { type: 'agreement', text: 'an agreement dated 2015', value: '2015' },
        expect.objectContaining({ type: 'project', value: 'Steam Gas Pipeline project' }),
      ]),
    );
  });
  test('claim types', () => {
    const st = one(
      'Ali Khan said both sides agreed to a deal. Ali Khan said Pakistan will continue its efforts. Trade rose by 5%. Ali Khan met Petrov in Moscow.',
    );
    expect(st.map((s) => s.claimType)).toEqual(['agreement', 'commitment', 'factual_claim', 'event_report']);
  });
});

describe('what a statement does to a restriction on a target', () => {
  const label = (text: string, target: string) => one(text)[0]!.stances.find((s) => s.target === target)?.label;
  test('lifting a ban or sanctions on a target favours it; imposing them is against it', () => {
    expect(label('Chilean Foreign Minister Ana Lopez said Chile would lift the ban on Peruvian fruit.', 'peru')).toBe(
      'favor',
    );
    expect(label('Chilean Foreign Minister Ana Lopez said Chile would ease sanctions on Bolivia.', 'bolivia')).toBe(
      'favor',
    );
    expect(
      label('Chilean Foreign Minister Ana Lopez said Chile would impose fresh sanctions on Bolivia.', 'bolivia'),
    ).toBe('against');
  });
  test('refusing to lift them is not favour', () => {
    expect(
      label('Chilean Foreign Minister Ana Lopez said Chile refused to lift sanctions on Bolivia.', 'bolivia'),
    ).not.toBe('favor');
  });
});

describe('who speaks and for whom, in the forms wires use', () => {
  test('an official with a title and no state, in a story datelined in a capital, speaks for that state', () => {
    const st = one('LIMA, May 4 (Wire) - Foreign Minister Ana Lopez said the talks had gone well.');
    expect([st[0]!.speaker, st[0]!.actor]).toEqual(['Ana Lopez', 'peru']);
  });
  test('urging, making clear and reacting by saying are speech', () => {
    const st = one(
      'Chilean Foreign Minister Ana Lopez is urging Bolivia to reopen the border. Lopez made clear that Chile would wait. She reacted by saying the offer was fair.',
    );
    expect(st.map((s) => s.speaker)).toEqual(['Ana Lopez', 'Ana Lopez', 'Ana Lopez']);
  });
});

describe('requests and bodies referred to again', () => {
  test('asking a state not to deal with a target is against the target', () => {
    const [s] = one('Chile on Monday urged Peru not to increase its purchases of Bolivian gas.');
    expect(s!.stances.find((x) => x.target === 'bolivia')?.label).toBe('against');
  });
  test('"It" and "the group" after a state or body took a position speak for it', () => {
    const st = one('Chile condemned the raid on its embassy. It called on Bolivia to punish those responsible.');
    expect(st[1]).toMatchObject({ actor: 'chile' });
    expect(st[1]!.stances.find((x) => x.target === 'bolivia')?.label).toBe('against');
  });
});

describe('synonyms of the field read as the words they stand for', () => {
  test.each([
    [
      'Chilean Foreign Minister Ana Lopez said talks were useful. She pressed Peru to halt its naval drills.',
      'peru',
      'against',
    ],
    ['Chilean Foreign Minister Ana Lopez charged Peru with stoking tensions at the border.', 'peru', 'against'],
    ['Chilean Foreign Minister Ana Lopez said the blockade of Bolivia was intolerable.', 'bolivia', 'concern'],
    ['Chilean Foreign Minister Ana Lopez said Chile would keep supporting the Bolivian people.', 'bolivia', 'favor'],
    ['Chilean Foreign Minister Ana Lopez said Chile was in close touch with Lima.', 'peru', 'favor'],
  ])('%s', (text, target, label) => {
    const st = one(text);
    expect(st[st.length - 1]!.stances.find((x) => x.target === target)?.label).toBe(label);
  });
  test('"restated its call" is a state taking a position', () => {
    expect(one('SANTIAGO: Chile on Friday restated its call for a dialogue with Bolivia.')[0]!.actor).toBe('chile');
  });
});

test('two states that speak past each other are not each other’s counterpart', () => {
  const st = one(
    '“We will return next month with a written proposal,” the Chilean foreign minister said.\n\n“Peru supports any arrangement that keeps trade moving,” a spokesman in Lima said.',
  );
  expect(st.map((s) => s.stances.map((x) => x.target))).toEqual([[], []]);
});

describe("a state's measure, narrated", () => {
  test('the state that takes a measure speaks by it, against whom the measure falls on', () => {
    const [s] = one('Chile has closed its airspace to Peruvian airlines until further notice.');
    expect([s!.actor, s!.kind]).toEqual(['chile', 'narration']);
    expect(Object.fromEntries(s!.stances.map((x) => [x.target, x.label]))).toMatchObject({ peru: 'against' });
  });
  test("the measure's own predicate gives the stances, not the tone of the background clause", () => {
    const [s] = one('Chile has suspended aid to Peru after Lima signed a friendly deal with Bolivia.');
    expect(Object.fromEntries(s!.stances.map((x) => [x.target, x.label]))).toEqual({
      peru: 'against',
      bolivia: 'neutral',
    });
  });
  test("an answer that rejects what the question put, with no state's name, is not against the measure's author", () => {
    const s = one(
      [
        "The Andes Review spoke to Peru's foreign minister, Tomas Quispe, in Lima.",
        '',
        'Chile has frozen its funding for Peru.',
        '',
        'Q. Critics say you are drifting away from your neighbours.',
        '',
        'A. I reject that completely.',
      ].join('\n'),
    );
    expect(s.at(-1)!.stances).toEqual([]);
  });
});
