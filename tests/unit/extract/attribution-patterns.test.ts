// Attribution and stance patterns of news prose beyond "X said": affiliations, transcripts, venues, victims, institutions.
import { describe, expect, test } from 'vitest';
import { extract } from '../../../core/extract';
import { one } from './extract-helpers';

const first = (text: string) => one(text)[0]!;
const labels = (text: string, i = 0) => Object.fromEntries(one(text)[i]!.stances.map((s) => [s.target, s.label]));

describe('who speaks, and for whom', () => {
  test('a name with "of <state>" speaks for that state', () => {
    const s = first('Lopez of Chile said the plan was a mistake for Bolivia.');
    expect([s.speaker, s.actor, s.kind]).toEqual(['Lopez', 'chile', 'indirect']);
  });
  test('an affiliation between commas ("from Amnesty International") is whom the speaker is with', () => {
    const s = first('Ana Ruiz, from Amnesty International, said Peru was failing its people.');
    expect([s.speaker, s.actor]).toEqual(['Ana Ruiz', 'amnesty']);
  });
  test('a title in apposition outside speech ("X, Chile\'s foreign minister, arrived") gives X\'s state later', () => {
    const s = one(
      "Rosa Lagos, Chile's foreign minister, arrived in Lima on Monday. She said Peru must withdraw its boats.",
    );
    expect([s[1]!.speaker, s[1]!.actor]).toEqual(['Rosa Lagos', 'chile']);
  });
  test('a speaker is never given the state they criticise', () => {
    const s = first('Ana Ruiz, from a rights group, said Peru was failing its people.');
    expect(s.speaker).toBe('Ana Ruiz');
    expect(s.actor).not.toBe('peru');
  });
  test('a named organisation speaks for itself; a state body for its state', () => {
    expect(first('The Kenya Human Rights Commission said the raids were unlawful.').actor).toBe(
      'Kenya Human Rights Commission',
    );
    expect(first('The Kenyan parliament said it opposed the deal with Somalia.').actor).toBe('kenya');
  });
  test('an adjective inside the subject does not hide it ("A local rights group said")', () => {
    expect(first('A local rights group said the raids must stop.').kind).toBe('indirect');
  });
  test('a title posted "to" a place or body speaks for the state before it, not for the posting', () => {
    const un = first('The Chilean ambassador to the United Nations, Rosa Vidal, said the draft was unbalanced.');
    expect([un.speaker, un.actor, un.kind]).toEqual(['Rosa Vidal', 'chile', 'indirect']);
    const eu = first("Norway's envoy to the European Union, Lars Dahl, said Oslo would not change course.");
    expect([eu.speaker, eu.actor]).toEqual(['Lars Dahl', 'norway']);
  });
  test('an "and" inside a title\'s complement joins what the title covers, not two speakers', () => {
    const s = first("Peru's special envoy for refugees and migrants, Luis Soto, said the camps were overcrowded.");
    expect([s.speaker, s.actor, s.kind]).toEqual(['Luis Soto', 'peru', 'indirect']);
  });
  test('a national parliament, army or intelligence service stands for its state', () => {
    const s = first('The deputy speaker of the State Duma, Olga Vetrova, said visas were needed for Tajikistan.');
    expect([s.speaker, s.actor]).toEqual(['Olga Vetrova', 'russia']);
    expect(first('The Sejm said the pipeline deal with Germany was a mistake.').actor).toBe('poland');
  });
  test('"the group said" is the organisation that spoke, or whose member spoke, just before', () => {
    const said = one(
      'Rosa Vidal, of the rights group Voces Libres, said the camps were overcrowded. ' +
        'The group said it had written to Peru about the camps.',
    );
    expect(said[1]!.actor).toBe('Voces Libres');
    expect(said[1]!.kind).toBe('indirect');
  });
  test('"the group said" long after an organisation spoke is still reported speech, of an unnamed group', () => {
    const said = one(
      'Rosa Vidal, of the rights group Voces Libres, said the camps were overcrowded. The rains came early. ' +
        'Roads to the camps were cut. Trucks waited at the border. Food ran short in May. ' +
        'The group said the camps needed help from Peru.',
    );
    expect([said[5]!.kind, said[5]!.actor]).toEqual(['indirect', null]);
  });
  test('a title leading a state\'s delegation speaks for that state, also where "led" is left out', () => {
    const st = one(
      "Chile's delegation was led by Deputy Foreign Minister Rosa Vidal and the Peruvian team by special envoy " +
        'Luis Soto. Vidal told state radio the talks were useful. Soto said the talks were slow.',
    );
    expect(st.slice(1).map((s) => [s.speaker, s.actor])).toEqual([
      ['Rosa Vidal', 'chile'],
      ['Luis Soto', 'peru'],
    ]);
  });
  test('a titled subject that acts, named in the next sentence, is that person for their state', () => {
    const st = one(
      'The Chilean envoy for the Andes has invited both camps to talks in Lima. Rosa Vidal said the talks were overdue.',
    );
    expect(st.map((s) => [s.speaker, s.actor, s.kind])).toEqual([
      ['Rosa Vidal', 'chile', 'indirect'],
      ['Rosa Vidal', 'chile', 'indirect'],
    ]);
  });
  test('"the group X" is the organisation X, and a proper name runs on to its comma', () => {
    expect(first('The group Voces Libres said the camps in Peru were full.').actor).toBe('Voces Libres');
    const s = first('Rosa Vidal, of the Lima-based group Schools Without Borders, said the camps were full.');
    expect([s.speaker, s.actor]).toEqual(['Rosa Vidal', 'Schools Without Borders']);
    expect(first('The Wagner Group said its men would stay in Mali.').actor).toBe('wagner');
  });
  test('a UN agency speaks for itself, not for the UN', () => {
    expect(first('The UN refugee agency said 3,000 families were stranded at the border with Chad.').actor).toBe(
      'unhcr',
    );
    expect(first('UNICEF said schools in Darfur had been shut for a year.').actor).toBe('unicef');
  });
  test("a month's name after a given name is part of the name, not a date", () => {
    expect(first('Li Jun told reporters the resolution was unbalanced.').speaker).toBe('Li Jun');
    expect(first('Anna May said the vote would be held in June.').speaker).toBe('Anna May');
    expect(first('On Monday May 5 the delegations met in Lima.').speaker).toBeNull();
  });
  test("an unmarked title leans to the dateline's state, but the person's own words can outweigh it", () => {
    const text =
      'LIMA, May 4 - Peru on Monday warned Bolivia over lithium exports. ' +
      'Trade Minister Hugo Quispe, speaking at a forum in La Paz, made clear that Bolivia would not accept quotas. ' +
      'He said La Paz remained ready to negotiate a fair deal.';
    expect(one(text).map((s) => [s.speaker, s.actor])).toEqual([
      [null, 'peru'],
      ['Hugo Quispe', 'bolivia'],
      ['Hugo Quispe', 'bolivia'],
    ]);
    const home = one(
      'LIMA, May 4 - Peru on Monday warned Bolivia over lithium exports. ' +
        'Trade Minister Hugo Quispe said Bolivia had broken its word.',
    );
    expect(home[1]!.actor).toBe('peru');
  });
  test('a quotation after a colon keeps the affiliation given between commas ("X, of the group Y, was blunt:")', () => {
    const s = one(
      'Tomas Arce, of the Cusco-based group Rivers First, was blunt: "The ministry listens to miners, not to us." ' +
        '"Nothing has changed."',
    );
    expect(s.map((x) => [x.speaker, x.actor, x.kind])).toEqual([
      ['Tomas Arce', 'Rivers First', 'direct_quote'],
      ['Tomas Arce', 'Rivers First', 'direct_quote'],
    ]);
  });
  test('an adjective between a state and its government keeps the state as the voice ("Peru\'s provisional government")', () => {
    const s = first("Peru's provisional government accused Chile of a hostile act.");
    expect([s.actor, labels("Peru's provisional government accused Chile of a hostile act.").chile]).toEqual([
      'peru',
      'against',
    ]);
  });
  test('a speech act as a participle after the main clause is the subject\'s ("went further, blaming Peru")', () => {
    const text = "Rosa Vidal, Chile's foreign minister, went further, blaming Peru for the delay.";
    const s = first(text);
    expect([s.speaker, s.actor, s.kind, labels(text).peru]).toEqual(['Rosa Vidal', 'chile', 'indirect', 'against']);
  });
  test('a romanised name with a lower-case syllable after its hyphen is whole ("Park Ji-hoon", "Lee Hye-jin")', () => {
    expect(
      one('Park Ji-hoon said Seoul would protest. Lee Hye-jin added that Tokyo had not apologised.').map(
        (s) => s.speaker,
      ),
    ).toEqual(['Park Ji-hoon', 'Lee Hye-jin']);
    expect(first('A Moscow-based analyst said the deal was a mistake.').speaker).toBeNull();
    const titled = one(
      "First Vice Foreign Minister Park Ji-hoon made the decision clear to Japan's ambassador on Thursday, according " +
        "to a person familiar with the matter. South Korea's foreign minister reacted by saying the ties mattered.",
    );
    // the first vice foreign minister is not "the foreign minister": an unnamed minister of the same state
    expect([titled[1]!.speaker, titled[1]!.actor]).toEqual([null, 'south-korea']);
  });
  test('a ranked title is a role of its own: the deputy is not "the foreign minister" named later', () => {
    const st = one(
      "Deputy Foreign Minister Rosa Lagos said Chile would not attend. Chile's foreign minister said the talks were over. Andres Mora added that Peru had been told.",
    );
    expect(st.map((s) => s.speaker)).toEqual(['Rosa Lagos', 'Andres Mora', 'Andres Mora']);
  });
  test('a state whose name holds its article is the subject, and the owner of a title ("the Netherlands\' envoy")', () => {
    expect(first('The Netherlands said the ruling on Suriname was final.').actor).toBe('netherlands');
    expect(first("The Philippines' foreign minister said Vietnam had been consulted.").actor).toBe('philippines');
  });
  test('states in free association that conduct their own foreign relations speak for themselves (Cook Islands, Niue)', () => {
    expect(first("The Cook Islands' prime minister said the deal with Beijing was about development.").actor).toBe(
      'cook-islands',
    );
  });
  test('a religious title before a name is no part of it ("Mawlawi", "Maulana", "Ayatollah")', () => {
    expect(
      one('Maulana Abdul Rauf said the talks must go on. Ayatollah Reza Kazemi said Iran would wait.').map(
        (s) => s.speaker,
      ),
    ).toEqual(['Abdul Rauf', 'Reza Kazemi']);
  });
  test('unnamed people "in" or "at" a body speak as it does ("sources in the Foreign Office", "officials at ...")', () => {
    expect(first('Sources in the Foreign Office said Lima had conveyed its objections.').kind).toBe('indirect');
    const s = first('Officials at the Chilean foreign ministry said Peru had been warned.');
    expect([s.actor, s.kind]).toEqual(['chile', 'indirect']);
  });
  test('a state acts "since": "has since summoned" is its act as "has summoned" is', () => {
    const s = first('Peru has since summoned the Chilean ambassador in Lima.');
    expect([s.actor, s.kind]).toEqual(['peru', 'narration']);
  });
  test('a state that expels, recalls, bans or recognises acts in the narration, as one that summons does', () => {
    for (const text of [
      'Peru expelled two Chilean diplomats on Monday.',
      'Peru recalled its ambassador from Santiago.',
      'Peru removed the group from its list of banned organisations.',
    ])
      expect([first(text).actor, first(text).kind], text).toEqual(['peru', 'narration']);
  });
  test('"its foreign ministry said" after a sentence a state opens speaks for that state, not the one most named', () => {
    const s = one(
      "Chile will stay away from the summit in Peru, its foreign ministry said on Friday, saying Lima had ignored its concerns. The ministry said Peru's draft was one-sided. Peru's envoy had been told of the decision.",
    );
    expect(s.slice(0, 2).map((x) => x.actor)).toEqual(['chile', 'chile']);
  });
  test('being asked is not speaking', () => {
    const s = first('Chilean Foreign Minister Ana Lopez was asked whether Bolivia would join.');
    expect([s.speaker, s.kind]).toEqual([null, 'narration']);
  });
});

describe('briefing transcripts', () => {
  const body = [
    'HANOI: The Ministry of Foreign Affairs of Chile held its regular press briefing on Thursday.',
    'Spokesperson Maria Jose Alvarez: Good afternoon. Chile welcomes the agreement between Peru and Ecuador.',
    'Question (Reuters): Does Chile plan to impose sanctions on Bolivia?',
    'Alvarez: We have no such plans. Our relations with Bolivia remain friendly.',
    'We also hope the talks will resume soon.',
  ].join('\n\n');
  const st = one(body);
  test('a turn is its speaker’s own words, for the state holding the briefing', () => {
    expect(st.slice(1, 3).map((s) => [s.speaker, s.actor, s.kind])).toEqual([
      ['Maria Jose Alvarez', 'chile', 'direct_quote'],
      ['Maria Jose Alvarez', 'chile', 'direct_quote'],
    ]);
    expect(st[2]!.stances.find((s) => s.target === 'peru')?.label).toBe('favor');
  });
  test('a journalist’s question is nobody’s position', () => {
    expect([st[3]!.speaker, st[3]!.actor]).toEqual([null, null]);
    expect(st[3]!.stances.every((s) => s.label === 'neutral')).toBe(true);
  });
  test('a surname label and a paragraph going on keep the speaker', () => {
    expect(st.slice(4).map((s) => s.speaker)).toEqual([
      'Maria Jose Alvarez',
      'Maria Jose Alvarez',
      'Maria Jose Alvarez',
    ]);
    expect(st[5]!.stances.find((s) => s.target === 'bolivia')?.label).toBe('favor');
  });
});

describe('transcripts in the forms ministries print them', () => {
  const body = [
    'The Ministry of Foreign Affairs of Chile held its weekly briefing on Friday.',
    'MS. ALVAREZ: Good morning. Chile rejects the decision of Bolivia to close the border crossing.',
    'Li Na (Xinhua): Will the minister visit Peru next month?',
    'EFE: Does Chile support new sanctions on Bolivia?',
    'MS. ALVAREZ: We have made our position clear.',
  ].join('\n\n');
  const st = one(body);
  test('a label in capitals opened by a title is a turn, its name written as a name', () => {
    expect(st.slice(1, 3).map((s) => [s.speaker, s.actor, s.kind])).toEqual([
      ['Alvarez', 'chile', 'direct_quote'],
      ['Alvarez', 'chile', 'direct_quote'],
    ]);
    expect(st.at(-1)!.speaker).toBe('Alvarez');
  });
  test('a journalist labelled by an outlet asks a question that is nobody’s position', () => {
    expect(st[3]).toMatchObject({ speaker: 'Li Na', actor: null, kind: 'direct_quote' });
    expect(st[4]).toMatchObject({ speaker: null, actor: null, kind: 'direct_quote' });
    expect([...st[3]!.stances, ...st[4]!.stances].every((s) => s.label === 'neutral')).toBe(true);
  });
  test('a spokesperson who says what their state condemns speaks for that state', () => {
    const [s] = one('Spokesperson Ana Vidal: Chile condemns the bombing in Bolivia.');
    expect([s!.actor, s!.stances.find((x) => x.target === 'bolivia')?.label]).toEqual(['chile', 'concern']); // the victim
  });
  test('a state told what it must do is addressed, not the voice', () => {
    const st2 = one(
      'Spokesperson Ana Vidal: We have been clear that Bolivia must stop the raids. Chile will not accept them.',
    );
    expect(st2[0]!.actor).toBe('chile');
  });
});

describe('what a stance is about', () => {
  test('a place where talks happen is not a target', () => {
    expect(labels('Chile said the talks in Quito with Bolivia were productive.')).not.toHaveProperty('ecuador');
    expect(labels('Mexican President Ana Solis said her visit to Peru would deepen trade.')).not.toHaveProperty('peru');
  });
  test('the government or authorities "in" a capital are its state, not a venue', () => {
    expect(labels('Chile urged the authorities in Quito to release the fishing boats.')).toHaveProperty('ecuador');
  });
  test('"hit back" and "pushed back" are rebuttals, not the support "back" gives ("Chile will back Peru")', () => {
    expect(
      labels("Rosa Vidal, Chile's foreign minister, hit back at Peru on Friday, saying the claims were false."),
    ).toEqual({
      peru: 'against',
    });
  });
  test('where a speaker is from ("a Lima-based group", "a Quito-born economist") is not a target', () => {
    expect(labels('Ana Ruiz, of the Lima-based group Water For All, said the dam was a mistake.')).toEqual({});
    expect(labels('A Quito-born economist said the tariffs on Chile were a mistake.')).not.toHaveProperty('ecuador');
  });
  test('a place near which or in which part of which something is ("close to Kampala", "in northern Ethiopia") is not a target', () => {
    expect(labels('Kenyan Foreign Minister Ruth Wanjiru said rebels had burned villages close to Kampala.')).toEqual(
      {},
    );
    expect(
      labels('Kenyan Foreign Minister Ruth Wanjiru said Kenya had trained teachers in northern Ethiopia for a decade.'),
    ).toEqual({});
  });
  test('a place that opens a body\'s name ("the Lima Institute for Andean Studies") is not a target', () => {
    expect(
      labels(
        'Rosa Vidal, an analyst at the Lima Institute for Andean Studies, said the tariffs on Chile were a mistake.',
      ),
    ).toEqual({ chile: 'against' });
  });
  test('a place where a ship docked or a plane crashed is where it happened, not a target', () => {
    expect(
      labels('Kenyan Foreign Minister Ruth Wanjiru said the Chinese survey ship that docked in Tanzania was a threat.'),
    ).toEqual({ china: 'against' });
  });
  test('a landform or water named after a place ("Lake Chad", "the Gulf of Oman") is not the state', () => {
    expect(
      labels('Kenyan Foreign Minister Ruth Wanjiru said the rebels were a danger to fishermen on Lake Chad.'),
    ).toEqual({});
    expect(labels('Kenyan Foreign Minister Ruth Wanjiru said piracy in the Gulf of Oman was a grave threat.')).toEqual(
      {},
    );
  });
  test('general evaluative wording gives a position where no diplomatic cue does', () => {
    expect(labels('Chilean Foreign Minister Ana Lopez said the plan was a mistake for Bolivia.')).toEqual({
      bolivia: 'against',
    });
    expect(labels('Chilean Foreign Minister Ana Lopez said Bolivia had been a dependable partner.')).toEqual({
      bolivia: 'favor',
    });
  });
  test('the victim of an attack is not what the attack’s critics are against', () => {
    expect(labels('Chilean Foreign Minister Ana Lopez condemned the attack on the Bolivian embassy.')).toEqual({
      bolivia: 'concern',
    });
  });
  test('the reporter’s narration names targets without taking a position', () => {
    expect(labels('The war has devastated Sudan and Chad for two disastrous years.')).toEqual({
      sudan: 'neutral',
      chad: 'neutral',
    });
  });
});

describe('claims are checkable values only', () => {
  const claims = (text: string) => first(text).claims.map((c) => [c.type, c.text]);
  test('money, a dated event, a named agreement and a figure are claims', () => {
    expect(claims('Chile said the $1.1 billion deal signed on March 14, 2025 revived the Lima Accord.')).toEqual(
      expect.arrayContaining([
        ['money', '$1.1 billion'],
        ['date', 'March 14, 2025'],
      ]),
    );
    expect(claims('Officials said 40 refugees crossed into Chad.')).toEqual([['count', '40 refugees']]);
  });
  test('a weekday, the parties of the story and an unnamed agreement are not', () => {
    expect(claims('The two countries met on Wednesday and praised the agreement.')).toEqual([]);
  });
});

test('a surname in capitals labels a turn once turns were read, as the full name introduced', () => {
  const st = one(
    [
      'The foreign ministry of Chile briefed reporters in Santiago, led by its spokeswoman, Paula Errazuriz.',
      'Errazuriz: Chile rejects the closure of the border by Bolivia.',
      'JOURNALIST (Radio Sur): Will Santiago reply?',
      'ERRAZURIZ: We will answer through the courts. Bolivia must reopen the crossing.',
    ].join('\n\n'),
  );
  expect(st.slice(3).map((s) => [s.speaker, s.actor, s.kind])).toEqual([
    ['Paula Errazuriz', 'chile', 'direct_quote'],
    ['Paula Errazuriz', 'chile', 'direct_quote'],
  ]);
});

test('a dateline in capitals is not a transcript turn, even for a city the gazetteer does not know', () => {
  const s = first(
    'SANTIAGO: Chilean Foreign Minister Ana Lopez on Monday condemned Bolivia for a raid on a border post.',
  );
  expect([s.speaker, s.actor, s.kind]).toEqual(['Ana Lopez', 'chile', 'indirect']);
  expect(s.stances.find((x) => x.target === 'bolivia')?.label).toBe('against');
});

describe('bodies and joint voices as actors', () => {
  test('a person with a named group, think tank or newspaper speaks for it', () => {
    expect(first('Ana Ruiz, from the rights group Open Borders Now, said the camp was full.').actor).toBe(
      'Open Borders Now',
    );
    expect(
      first('Luis Mora, a senior fellow with the Andean Policy Research Forum, said the deal was fragile.').actor,
    ).toBe('Andean Policy Research Forum');
    expect(first('The Lima Herald said in an editorial that the deal was fragile.').actor).toBe('Lima Herald');
  });
  test('two states, "the two sides" or "both countries" speak together', () => {
    expect(first('Chile and Peru on Friday criticised the new tariffs imposed by Bolivia.').actor).toBe('joint');
    expect(first('Both countries reaffirmed their support for the peace process in Colombia.').actor).toBe('joint');
    expect(first('The two sides expressed firm opposition to sanctions against Bolivia.').stances).toEqual([
      expect.objectContaining({ target: 'bolivia', label: 'favor' }),
    ]);
  });
});

describe('a role at a body, before the verb', () => {
  test.each([
    'A director at the Chilean state mining company said copper sales had fallen.',
    "The head of the port's legal office at the Chilean state mining company said cargo had fallen.",
    'The chief executive of the Chilean state mining company said copper sales had fallen.',
  ])('%s: an unnamed official for Chile, not the company as a speaker', (text) => {
    expect([first(text).speaker, first(text).actor, first(text).kind]).toEqual([null, 'chile', 'indirect']);
  });
});

describe('a title with its body in apposition', () => {
  test.each([
    'Antonio Guterres, the UN Secretary-General, said Iran must stop enriching uranium.',
    'UN Secretary-General Antonio Guterres said Iran must stop enriching uranium.',
  ])('%s', (text) => {
    expect([first(text).speaker, first(text).actor, first(text).kind]).toEqual(['Antonio Guterres', 'un', 'indirect']);
  });
});

describe('a role phrase, then the name in apposition', () => {
  test.each([
    [
      'A spokesman for the Bolivian interior ministry, Abdul Karim Soto, said the border would stay shut.',
      'Abdul Karim Soto',
    ],
    ['The head of the Bolivian delegation, Ana Quispe, said the border would stay shut.', 'Ana Quispe'],
    [
      'The deputy speaker of the Bolivian senate, Ana Quispe, went further, saying the border would stay shut.',
      'Ana Quispe',
    ],
  ])('%s', (text, speaker) => {
    expect(first(text)).toMatchObject({ speaker, actor: 'bolivia', kind: 'indirect' });
  });
  test('the home state of an unmarked title is the preposed place before the dateline', () => {
    const st = one(
      'LIMA, May 4 (Wire) - Talks went on.\n\nIn Quito, foreign ministry spokesman Luis Mora said the talks were useful.',
    );
    expect(st[1]!.actor).toBe('ecuador');
  });
  test('the object of a harmful act is its victim, not what the speaker is against', () => {
    expect(labels('Chilean Foreign Minister Ana Lopez said the blockade was harming the people of Bolivia.')).toEqual({
      bolivia: 'concern',
    });
  });
});

describe('an unnamed source placed in a capital', () => {
  test('"a spokesman in Quito said" and "officials in Quito welcomed" speak for Ecuador, not the speaker before', () => {
    const st = one(
      '“We will return next month,” the Chilean foreign minister said.\n\n“Ecuador wants the border open,” a spokesman in Quito said.\n\nOfficials in Quito welcomed the talks.',
    );
    expect(st.map((s) => [s.speaker, s.actor])).toEqual([
      [null, 'chile'],
      [null, 'ecuador'],
      [null, 'ecuador'],
    ]);
  });
});

test('a quotation opened after a colon is the clause subject’s, whatever the verb', () => {
  expect(first('Ana Quispe put it bluntly: “The border must open before the harvest.”')).toMatchObject({
    speaker: 'Ana Quispe',
    kind: 'direct_quote',
  });
});

test('an inverted tag with a descriptive title names the speaker', () => {
  expect(first('“It is better than before,” said retired Lieutenant General Ana Quispe.').speaker).toBe('Ana Quispe');
});

describe('institutions as sources', () => {
  test('an embassy placed in another capital speaks for the state that sends it', () => {
    expect(first('The Chilean embassy in Lima said in a statement that the border would reopen.')).toMatchObject({
      kind: 'indirect',
      actor: 'chile',
    });
  });
  test('a ministry placed in a capital without an owner speaks for that state', () => {
    expect(first('The interior ministry in Quito said the curfew was lifted.').actor).toBe('ecuador');
  });
  test('an agency with modifiers before its head is a source, and two agencies stay two bodies', () => {
    const st = one(
      "The United Nations food agency said it was worried about the harvest.\n\nPeru's customs agency said trucks were moving again.\n\nThe agency said it had added staff at the crossing.",
    );
    expect(st.map((s) => [s.kind, s.actor])).toEqual([
      ['indirect', 'un'],
      ['indirect', 'peru'],
      ['indirect', 'peru'],
    ]);
  });
});

describe('unnamed sources', () => {
  test('"officials said" and "according to people familiar with" are reported speech, actor as described', () => {
    const st = one(
      'Bolivian officials said the pipeline would stay closed.\n\nAccording to two people familiar with the matter, the talks ended early.\n\nA Peruvian diplomat, who asked not to be named, said Lima was kept informed.',
    );
    expect(st.map((s) => [s.kind, s.speaker, s.actor])).toEqual([
      ['indirect', null, 'bolivia'],
      ['indirect', null, null],
      ['indirect', null, 'peru'],
    ]);
  });
  test('an unnamed source is not the speaker of the quote that follows, nor a party to the talks', () => {
    const st = one(
      'Chilean Foreign Minister Ana Lopez met her Bolivian counterpart Jorge Vaca.\n\nLopez said Chile would support Bolivia in the talks. Officials said the next round was in June.\n\n“We are ready,” she said.',
    );
    expect(st[1]!.stances.map((s) => [s.target, s.label])).toContainEqual(['bolivia', 'favor']);
    expect(st[3]!.speaker).toBe('Ana Lopez');
  });
  test('"it was reported that, as per sources" stays the reporter’s own account', () => {
    expect(first('It was reported that, as per diplomatic sources, the visit was postponed.').kind).toBe('narration');
  });
});

describe('briefing transcripts', () => {
  test('a questioner labelled with an outlet no list holds asks; the question is nobody’s position', () => {
    const st = one(
      'Spokesperson Ana Ruiz: Chile wants calm at the border.\n\nPedro Soto (Radio Andes Sur): Bolivian officials say Chile never answered. Is there any progress with Bolivia?',
    );
    expect(st.slice(1).map((s) => [s.kind, s.speaker, s.actor, s.stances.length])).toEqual([
      ['direct_quote', 'Pedro Soto', null, 0],
      ['direct_quote', 'Pedro Soto', null, 0],
    ]);
  });
});

describe('bodies and governments without a state beside them', () => {
  test('"the government announced" in a story datelined in a capital is that state’s government', () => {
    expect(first('LIMA — The border will reopen on Monday, the government announced on Friday.').actor).toBe('peru');
  });
  test('a body named head first ("the Institute for ...") speaks for itself, not for the city it is based in', () => {
    const s = first('The Institute for Andean Studies, a Quito think tank, said the talks had stalled.');
    expect([s.kind, s.actor]).toEqual(['indirect', 'Institute for Andean Studies']);
  });
  test('a title with a lower-case portfolio keeps its owner ("the Commission’s trade commissioner")', () => {
    expect(first("Chile's trade commissioner said the tariffs would go.")).toMatchObject({
      kind: 'indirect',
      actor: 'chile',
    });
  });
  test('the officials of a briefing whose preamble names a capital speak for that state', () => {
    const st = one(
      'Transcript of the briefing given by the foreign secretary at the Government Palace, Lima, on Monday.\n\nForeign Secretary Ana Ruiz: We will not accept tariffs from the United States.\n\nQuestion (Radio Sur): Will you talk to Washington?\n\nAna Ruiz: We talk every week.',
    );
    expect(st.filter((s) => s.speaker === 'Ana Ruiz').map((s) => s.actor)).toEqual(['peru', 'peru']);
  });
});

describe('owners written with a plural possessive or a hyphenated place', () => {
  test('"the United Nations\' special envoy for Peru" speaks for the UN, not for the country of the portfolio', () => {
    expect(
      first("The United Nations' special envoy for Peru on Monday called on Chile to reopen the border.").actor,
    ).toBe('un');
  });
  test('a plural possessive never swallows a closing single quote', () => {
    expect(first("Chile called the talks 'useless' and said the envoys' proposals were late.").kind).not.toBe(
      'direct_quote',
    );
  });
  test('"from the Lima-based rights group X" is with X, not with the city', () => {
    expect(
      first('Ana Ruiz, from the Lima-based rights group Andean Justice Network, said the raids were illegal.').actor,
    ).toBe('Andean Justice Network');
  });
});

describe('a title named in a later sentence', () => {
  test('"Peru\'s deputy trade minister rejected ..." then "Ana Ruiz said ..." are both Ana Ruiz, for Peru', () => {
    const st = one(
      "Peru's deputy trade minister rejected the claim that exports had been stopped. Ana Ruiz said the border was open.",
    );
    expect(st.map((s) => [s.speaker, s.actor, s.kind])).toEqual([
      ['Ana Ruiz', 'peru', 'indirect'],
      ['Ana Ruiz', 'peru', 'indirect'],
    ]);
  });
  test('a person named before the title is not taken for it', () => {
    const st = one(
      'Jorge Vaca visited Lima on Monday.\n\nThe Chilean foreign minister said the talks had failed. Jorge Vaca said they would go on.',
    );
    expect(st[1]!.speaker).not.toBe('Jorge Vaca');
  });
});

describe('a possessive that refers back to a body', () => {
  test('"Its spokesperson, X," speaks for the party that spoke just before', () => {
    const st = one(
      'The opposition Andean Renewal Party rejected the agreement. Its spokesperson, Ana Ruiz, said the deal gave away too much.',
    );
    expect(st[1]!.actor).toBe(st[0]!.actor);
    expect(st[1]!.actor).toBe('Andean Renewal Party');
  });
  test('"said X, the agency\'s representative" speaks for the agency named before', () => {
    const st = one(
      'The United Nations food agency urged Peru to open the border.\n\n“Nobody should go hungry,” said Ana Ruiz, the agency’s representative in Lima.',
    );
    expect(st[1]!.actor).toBe('un');
  });
});

describe('where a speaker is now', () => {
  test('", a former ambassador who now teaches at X," is with X', () => {
    expect(
      first(
        'Ana Ruiz, a former Chilean ambassador to Lima who now teaches at Andes Catholic University, said the offer was fair.',
      ).actor,
    ).toBe('Andes Catholic University');
  });
  test.each([
    ["General Luis Soto, who commands Peru's navy, told reporters that Chile was stalling.", 'peru'],
    ["Rosa Vidal, who serves as Chile's ambassador to the UN, said Peru must withdraw its boats.", 'chile'],
    ['Ana Ruiz, who represents Bolivia at the talks, said the offer was fair.', 'bolivia'],
  ])('a relative clause saying whom the speaker commands or serves gives their side: %s', (text, actor) => {
    expect(first(text).actor).toBe(actor);
  });
  test('"said X, now a fellow at the Y Forum" is with Y', () => {
    expect(first('“It is better than before,” said Ana Ruiz, now a fellow at the Pacific Policy Forum.').actor).toBe(
      'Pacific Policy Forum',
    );
  });
  test('a named ministry that summons or protests takes a position for its state', () => {
    expect(
      first("Peru's foreign ministry summoned the Chilean ambassador to protest against the raids."),
    ).toMatchObject({
      actor: 'peru',
      kind: 'indirect',
    });
  });
});

describe('sources described by what they know or do', () => {
  test.each([
    ['Two people familiar with the talks said the deal was close.', null],
    ['A Peruvian diplomat briefed on the meeting said Chile had walked out.', 'peru'],
    ['Three EU diplomats said the chapter would stay closed.', 'eu'],
    ['Aid workers said many families had no homes left.', null],
  ])('%s', (text, actor) => {
    expect(first(text)).toMatchObject({ kind: 'indirect', speaker: null, actor });
  });
  test('a year before a group is not a count', () => {
    expect(first('In 2023 officials said the border was shut.').kind).not.toBe('direct_quote');
  });
});

describe('parties speaking together', () => {
  const story = [
    'Kenya and Ethiopia on Monday agreed to open a new border crossing, in a joint communique released after talks in Nairobi.',
    'The communique said the two governments were alarmed by cattle raids along the frontier.',
    'They called on Somalia to disarm the militias operating near the border.',
    '"We will patrol it together," Kenyan Interior Minister Paul Otieno said.',
    '"The raids must end."',
  ].join(' ');
  test('"the communique said" after a joint communique, and "they" after the parties, speak for both', () => {
    const s = one(story);
    expect(s.map((x) => x.actor).slice(0, 3)).toEqual(['joint', 'joint', 'joint']);
    expect(s[2]!.stances.map((x) => [x.target, x.label])).toContainEqual(['somalia', 'against']);
  });
  test('the parties together are never the voice of a quote that follows a named speaker', () => {
    expect(one(story)[4]!.speaker).toBe('Paul Otieno');
  });
  test('"the statement said" after one body\'s statement is that body\'s, and "they" after one state is no one', () => {
    const s = one(
      "Ghana's foreign ministry said in a statement that it regretted the expulsions. The statement said Accra would reply. Nigeria closed the crossing. They called on Benin to reopen the road.",
    );
    expect(s[1]!.actor).toBe('ghana');
    expect(s[3]!.actor).not.toBe('nigeria');
  });
});

describe('interviews printed as questions and answers', () => {
  const interview = [
    "Chile's Foreign Minister Rosa Lagos spoke to a regional weekly about the fishing dispute with Peru.",
    '',
    'Q: Will Chile take the case to court?',
    '',
    'A: We would rather not. Peru must first withdraw its patrol boats from our waters.',
    '',
    'Q: Critics say Santiago is stalling.',
    '',
    'A: That is simply not true.',
  ].join('\n');
  test('"A:" turns are the interviewee\'s own words, for their state; "Q:" turns are nobody\'s position', () => {
    const s = one(interview);
    const answers = s.filter((x) => x.text.startsWith('A:') || x.text.startsWith('Peru'));
    expect(answers.map((x) => [x.speaker, x.actor, x.kind])).toEqual([
      ['Rosa Lagos', 'chile', 'direct_quote'],
      ['Rosa Lagos', 'chile', 'direct_quote'],
      ['Rosa Lagos', 'chile', 'direct_quote'],
    ]);
    expect(s.find((x) => x.text.startsWith('Peru'))!.stances).toContainEqual(
      expect.objectContaining({ target: 'peru', label: 'against' }),
    );
    const questions = s.filter((x) => x.text.startsWith('Q:'));
    expect(questions.map((x) => [x.actor, x.stances.length])).toEqual([
      [null, 0],
      [null, 0],
    ]);
  });
  test.each([
    ['Q.', 'A.'],
    ['Q -', 'A -'],
    ['Q \u2013', 'A \u2013'],
  ])('questions and answers labelled "%s" / "%s" are turns too', (q, a) => {
    const s = one(
      [
        "Rosa Lagos, Chile's foreign minister, spoke to a regional weekly about the fishing dispute.",
        '',
        `${q} Will Chile take the case to court?`,
        '',
        `${a} We would rather not. Peru must first withdraw its patrol boats from our waters.`,
      ].join('\n'),
    );
    expect(s.slice(1).map((x) => [x.speaker, x.actor, x.kind])).toEqual([
      [null, null, 'direct_quote'],
      ['Rosa Lagos', 'chile', 'direct_quote'],
      ['Rosa Lagos', 'chile', 'direct_quote'],
    ]);
  });
  test('turns labelled with the outlet the introduction names as interviewer are its questions', () => {
    const s = one(
      [
        "Rosa Lagos, Chile's foreign minister, spoke to the Andes Review about the fishing dispute.",
        '',
        'Andes Review: Minister, will Chile take Peru to court?',
        '',
        'Lagos: Peru must first withdraw its patrol boats from our waters.',
      ].join('\n'),
    );
    expect(s.slice(1).map((x) => [x.speaker, x.kind, x.stances.length > 0])).toEqual([
      [null, 'direct_quote', false],
      ['Rosa Lagos', 'direct_quote', true],
    ]);
  });
  test('an outlet that speaks to "title, Name," presents the interviewee; a statement put to "you" is a question', () => {
    const s = one(
      [
        "The Andes Review spoke to Peru's foreign minister, Tomas Quispe, in Lima.",
        '',
        'Q. Santiago says you broke the fishing treaty.',
        '',
        'A. No, we did not. Chile must stop harassing our boats.',
      ].join('\n'),
    );
    expect(s.slice(1).map((x) => [x.speaker, x.actor, x.kind])).toEqual([
      [null, null, 'direct_quote'],
      ['Tomas Quispe', 'peru', 'direct_quote'],
      ['Tomas Quispe', 'peru', 'direct_quote'],
    ]);
  });
  test("a name's initial opening a paragraph is no answer label", () => {
    const s = first('A. Rahman, a lawyer in Dhaka, said the ruling would stand.');
    expect([s.speaker, s.kind]).toEqual(['A. Rahman', 'indirect']);
  });
});

describe('a briefing whose host no sentence names', () => {
  const briefing = (asker1: string, asker2: string) =>
    one(
      [
        'The spokesperson, Tahira Qureshi, held the weekly press briefing on Friday.',
        '',
        'Spokesperson Tahira Qureshi: We condemn the violation of our airspace.',
        '',
        `${asker1}: Has Tehran offered an explanation?`,
        '',
        'Spokesperson: Iran must respect our sovereignty.',
        '',
        `${asker2}: What about Afghanistan?`,
        '',
        'Spokesperson: We expect Kabul to act against terrorist groups.',
      ].join('\n'),
    );
  test('its spokesperson speaks for the state whose domestic press asks the questions', () => {
    const answers = briefing('Geo News', 'Dawn').filter(
      (s) => s.speaker === 'Tahira Qureshi' && s.kind === 'direct_quote',
    );
    expect(answers.map((s) => s.actor)).toEqual(['pakistan', 'pakistan', 'pakistan']);
  });
  test("questions from wires or from two countries' press settle nothing", () => {
    expect(briefing('Reuters', 'AFP').filter((s) => s.actor === 'pakistan')).toEqual([]);
    expect(briefing('Geo News', 'PTI').filter((s) => s.actor === 'pakistan' || s.actor === 'india')).toEqual([]);
  });
});

describe('a source placed somewhere', () => {
  test.each([
    ['A UN official in Geneva said the convoy had been turned back.', 'un'],
    ['A Chinese diplomat in Vienna said the inspectors were welcome.', 'china'],
    ['Two Iraqi officials in Baghdad said the dam was nearly empty.', 'iraq'],
    ['A spokesman in Islamabad said the crossing would reopen.', 'pakistan'],
  ])('%s', (text, actor) => {
    const s = first(text);
    expect([s.kind, s.actor]).toEqual(['indirect', actor]);
  });
});

describe('words of time and frequency between a subject and its verb', () => {
  test.each([
    ['Nepali officials have in the past accused India of blocking fuel trucks.', 'nepal'],
    ['Nepal has long accused India of blocking fuel trucks.', 'nepal'],
    ['Nepali officials have on several occasions accused India of blocking fuel trucks.', 'nepal'],
  ])('%s', (text, actor) => {
    const s = first(text);
    expect(s.actor).toBe(actor);
    expect(s.stances).toContainEqual(expect.objectContaining({ target: 'india', label: 'against' }));
  });
});

describe('quotations inside reported speech', () => {
  test('a long quoted fragment starting in lower case is part of reported speech', () => {
    const s = one(
      'Rosa Vidal of Chile spoke on Monday. She criticised attempts to “dictate to a sovereign country whom it may or may not trade with”.',
    );
    expect(s[1]!.kind).toBe('indirect');
  });
  test("a quoted sentence after the speaker's name is a direct quote", () => {
    expect(first('Rosa Vidal of Chile said: “We will not let anyone dictate whom we trade with.”').kind).toBe(
      'direct_quote',
    );
  });
});

describe('political parties as whom a speaker is with', () => {
  test('"X of the opposition <Name>" speaks for the party, not for a state inside its name', () => {
    const s = first('Nadia Qamar of the opposition Pakistan Awami Front urged Islamabad to drop the charges.');
    expect([s.speaker, s.actor]).toEqual(['Nadia Qamar', 'Pakistan Awami Front']);
  });
  test('a hyphenated party name keeps its links', () => {
    const s = first('Omar Zaidi of the ruling Tehreek-e-Nizam said Kabul had broken its word.');
    expect([s.speaker, s.actor]).toEqual(['Omar Zaidi', 'Tehreek-e-Nizam']);
  });
  test('"the leader of the <Name> party" gives the party, without the word "party"', () => {
    const s = one('The leader of the opposition Renewal party called the vote a fraud. Ana Mbeki said Kenya had lied.');
    expect(s.map((x) => x.actor)).toEqual(['Renewal', 'Renewal']);
  });
  test('"<Name> of the <Capitalised Name>" is a person with a body, since people take no article', () => {
    const s = first('Lawmaker Tomas Ibarra of the Frente Amplio Nacional said Lima had broken its word.');
    expect([s.speaker, s.actor]).toEqual(['Tomas Ibarra', 'Frente Amplio Nacional']);
  });
  test('a capitalised name with no party word or marker is not taken for a party', () => {
    expect(first('Ines Duarte of Chile said the plan was a mistake.').actor).toBe('chile');
  });
});

describe('heads of bodies', () => {
  test('"the chairperson of <body>, <Name>," speaks for the body', () => {
    const s = first('The chairperson of the African Union Commission, Samuel Ouko, urged both sides to talk.');
    expect([s.speaker, s.actor]).toEqual(['Samuel Ouko', 'au']);
  });
});

describe('where a body sits is not part of its name', () => {
  test('"an analyst at the <Body> in <capital>" is with the body, not the state of the capital', () => {
    const s = first('Rosa Pinto, a researcher at the Centre for Maritime Studies in Lima, said the deal was fair.');
    expect([s.speaker, s.actor]).toEqual(['Rosa Pinto', 'Centre for Maritime Studies']);
  });
});

describe('a body named again by its kind', () => {
  test('"a spokesman for the ministry, <Name>," speaks for the state whose ministry spoke before', () => {
    const s = one(
      "SANTIAGO - Chile has seized a Peruvian fishing fleet off its coast, Chile's navy said. Peru's foreign ministry said the fleet had broken no rule. A spokesman for the ministry, Luis Arce, added that Santiago had been told.",
    );
    expect([s[2]!.speaker, s[2]!.actor]).toEqual(['Luis Arce', 'peru']);
  });
});

test('a title named by the next sentence is found again by "the minister" later in the same paragraph', () => {
  const st = one(
    'Chile will buy patrol boats from Spain, the Chilean defence minister said on Monday. Marta Solis called the deal fair. The minister said the first boat would arrive in May.',
  );
  expect(st.map((s) => [s.speaker, s.actor])).toEqual([
    ['Marta Solis', 'chile'],
    ['Marta Solis', 'chile'],
    ['Marta Solis', 'chile'],
  ]);
});

describe('unnamed sources described by where or whom they are from', () => {
  test('"residents of <place>" are an unnamed source speaking for themselves, never a person named like the place', () => {
    const s = first('Residents of Tarapaca, a town near the border, told reporters that the wells had run dry.');
    expect([s.speaker, s.actor, s.kind]).toEqual([null, null, 'indirect']);
  });
  test('"officials from <a state>" after what they said is reported speech from that state', () => {
    const s = first('The fishing talks will resume in Lima next month, senior officials from Chile said.');
    expect([s.speaker, s.actor, s.kind]).toEqual([null, 'chile', 'indirect']);
  });
  test('"officials from both sides" are an unnamed source, not the two sides speaking together', () => {
    const s = first("Chile's team was led by Rosa Vidal and Peru's by Luis Soto, officials from both sides said.");
    expect([s.speaker, s.actor, s.kind]).toEqual([null, null, 'indirect']);
  });
  test('"sources in the Foreign Office" speak for the state the office is found to serve', () => {
    const st = one(
      'LIMA - Peru has closed its northern ports to Chilean trawlers. Peru says the boats fished in its waters. ' +
        'Sources in the Foreign Office said Lima had conveyed its objections to Santiago on Thursday.',
    );
    expect([st[2]!.speaker, st[2]!.actor, st[2]!.kind]).toEqual([null, 'peru', 'indirect']);
  });
  test('"officials of <a state body>" speak for its state', () => {
    const s = first('Officials of the Chilean navy said the trawlers had been seized near the coast.');
    expect([s.speaker, s.actor, s.kind]).toEqual([null, 'chile', 'indirect']);
  });
});

test('"the country\'s <title>" speaks for the state the sentence before was about, and so does the name given next', () => {
  const st = one(
    "Ghana has ordered two Russian security firms to leave the country within a month. The country's interior minister said the firms had broken their licences. Ama Owusu told reporters that Russia had been informed.",
  );
  expect(st.slice(1).map((s) => [s.speaker, s.actor])).toEqual([
    ['Ama Owusu', 'ghana'],
    ['Ama Owusu', 'ghana'],
  ]);
});

describe('"it" for a body that spoke earlier in the same paragraph', () => {
  test('"It said" after an embassy in the same paragraph is that embassy, not the ministry of the paragraph before', () => {
    const st = one(
      'LIMA, May 4 - Peru will let a Bolivian trawler refuel in Callao, the foreign ministry said on Monday.\n\n' +
        "Bolivia's embassy in Lima said the trawler was on a routine voyage. It said the crew had broken no rules.",
    );
    expect(st.map((s) => s.actor)).toEqual(['peru', 'bolivia', 'bolivia']);
  });
});

describe('"its" at the start of a subject', () => {
  test('"<state> will ..., its foreign ministry said" speaks for the state of the clause, not the one it talks about', () => {
    const st = one(
      'SANTIAGO - Chile will stay away from the fisheries talks in Peru, its foreign ministry said on Tuesday, saying Lima had ' +
        'still not answered its letters. The ministry said Peru’s offer was “not a serious one”.',
    );
    expect(st.map((s) => s.actor)).toEqual(['chile', 'chile']);
  });
  test('"Its foreign minister, X," speaks for the state the sentence before was about', () => {
    const st = one(
      "A year after Bolivian police raided Chile's embassy in La Paz, the two countries still have no ambassadors. " +
        "Bolivia's government has never quite apologised. Its foreign minister, Rosa Quispe, told the Organization of " +
        'American States last month that the raid was “a legitimate act”.',
    );
    expect([st[2]!.speaker, st[2]!.actor]).toEqual(['Rosa Quispe', 'bolivia']);
  });
});

describe('a participle between a subject and its verb', () => {
  test('", released after a meeting in Lima," describes the subject and does not hide it', () => {
    const st = one(
      "Peru's foreign ministry said in a statement on Monday that the fishing talks had failed. " +
        'The statement, released after a meeting in Lima, said Chile had walked out.',
    );
    expect([st[1]!.kind, st[1]!.actor]).toEqual(['indirect', 'peru']);
  });
});

describe('plain words between an unnamed source and whom it is from', () => {
  test('"two Chilean mining executives said" is reported speech from Chile, an adjective inside the phrase or not', () => {
    const s = first('Two Chilean mining executives said the copper exports to Peru had been halted.');
    expect([s.speaker, s.actor, s.kind]).toEqual([null, 'chile', 'indirect']);
  });
});

describe('speech acts completed after a short object', () => {
  test('"made it clear", "made the decision clear to" are speech by the subject, not by a source named after them', () => {
    expect(first('Rosa Vidal made it clear that Chile would not sign the accord.').speaker).toBe('Rosa Vidal');
    const s = first(
      "Deputy Foreign Minister Rosa Vidal made the refusal clear to Peru's envoy on Monday, according to a person familiar with the talks.",
    );
    expect([s.speaker, s.kind]).toEqual(['Rosa Vidal', 'indirect']);
  });
  test('"made" with no word of speech after its object is no attribution', () => {
    expect(first('The floods made the roads to the capital impassable for a week.').kind).toBe('narration');
  });
});

describe('parties named by a capitalised plural', () => {
  test('"the Socialists accused" is a party speaking for itself, not a person called Socialists', () => {
    const s = first('In Lima, the Socialists accused the government of selling the port to Chile.');
    expect([s.speaker, s.actor, s.kind]).toEqual(['Socialists', 'Socialists', 'indirect']);
  });
  test('the party named again before a title ("Socialists trade spokesman X") is whom X speaks for', () => {
    const st = one(
      'In Lima, the Socialists accused the government of selling the port to Chile. ' +
        'Socialists trade spokesman Luis Soto said the party backed trade with Santiago but not “a sale”.',
    );
    expect([st[1]!.speaker, st[1]!.actor]).toEqual(['Luis Soto', 'Socialists']);
  });
});

describe('a de facto government named by who runs it', () => {
  test('"the Taliban administration\'s spokesman" speaks for Afghanistan, the state it governs', () => {
    const s = first(
      "The Taliban administration's spokesman, Abdul Karim, rejected the charge and said Pakistan should look to its own border.",
    );
    expect([s.speaker, s.actor]).toEqual(['Abdul Karim', 'afghanistan']);
  });
});

describe("an analyst's target named as whom a title serves", () => {
  test('"the speaker of the <target body>" speaks for that target, and so does the name given next', () => {
    const targets = [
      { id: 'west', label: 'western authorities', aliases: ['National Assembly', 'western authorities'] },
    ];
    const st = extract(
      'The speaker of the western-based National Assembly rejected the charge. Omar Salem told reporters that the ' +
        'oil fields would stay closed.',
      { targets },
    ).statements;
    expect(st.map((s) => [s.speaker, s.actor])).toEqual([
      ['Omar Salem', 'west'],
      ['Omar Salem', 'west'],
    ]);
  });
  test('a target named in lower case ("sanctions") is never whom a speaker serves', () => {
    const targets = [{ id: 'sanctions', label: 'sanctions', aliases: ['sanctions'] }];
    const s = extract('A spokesman for sanctions relief, Omar Salem, said the measures hurt Chile.', { targets });
    expect(s.statements[0]!.actor).not.toBe('sanctions');
  });
});

describe('a position in a relative clause', () => {
  test('"..., which has warned" gives the position to the state just before the relative pronoun', () => {
    const s = first(
      'The ban follows protests from Chile, which has warned Lima for months that the trawlers overfish.',
    );
    expect(s.actor).toBe('chile');
  });
  test('a speaker of the main clause keeps the sentence', () => {
    const s = first('Rosa Vidal said the talks with Peru, which has warned Chile before, would go on.');
    expect([s.speaker, s.kind]).toEqual(['Rosa Vidal', 'indirect']);
  });
});

describe('a body placed by "-based" or "-led"', () => {
  test('"<state>\'s <seat>-based government" speaks for the side seated there, not the whole state', () => {
    const targets = [{ id: 'west', label: 'Tobruk government', aliases: ['Tobruk', 'Tobruk government'] }];
    const s = extract(
      "The prime minister of Libya's Tobruk-based government, Omar Salem, said the oil fields would stay closed.",
      { targets },
    ).statements[0]!;
    expect([s.speaker, s.actor]).toEqual(['Omar Salem', 'west']);
  });
});

describe('"its" after a clause of the same sentence', () => {
  test('"The <body> accused ..., and its spokesman, X, said" speaks for that body, not one named earlier', () => {
    const targets = [{ id: 'andean-front', label: 'Andean Front', aliases: ['Andean Front', 'AF'] }];
    const st = extract(
      'The UN refugee agency said the camps near the border were full. The AF accused the army of shelling ' +
        'villages, and its spokesman, Luis Soto, said no one could go home while the shelling went on.',
      { targets },
    ).statements;
    expect([st[1]!.speaker, st[1]!.actor]).toEqual(['Luis Soto', 'andean-front']);
  });
});

describe('a position in an adverbial clause', () => {
  test('"... when <state> asked ..." gives the position to that state where the main clause has no speaker', () => {
    const s = first('Relations soured in 2023 when Peru asked Chilean naval officers who trained its crews to leave.');
    expect(s.actor).toBe('peru');
  });
  test('a speaker of the main clause keeps the sentence', () => {
    const s = first('Rosa Vidal said the talks stalled after Peru asked Chile to wait.');
    expect([s.speaker, s.kind]).toEqual(['Rosa Vidal', 'indirect']);
  });
  test('a preposed adverbial clause gives no position to its subject: the main clause has the sentence', () => {
    // (closing a border is a state's measure: the main clause's state acts, never the preposed clause's)
    expect(first('After Peru warned Chile, Bolivia closed the border on Monday.').actor).toBe('bolivia');
    const s = first('After Peru warned Chile, Rosa Vidal closed the border, saying she feared unrest.');
    expect([s.speaker, s.kind]).toEqual(['Rosa Vidal', 'indirect']);
  });
});

describe('"charged" as an accusation and as a legal act', () => {
  test('"charged that", "charged <state> with" are speech acts; investigators who charged suspects are not speaking', () => {
    expect(first('Rosa Vidal charged that Peru had broken the fishing accord.').kind).toBe('indirect');
    expect(first('Rosa Vidal charged Peru with breaking the fishing accord.').kind).toBe('indirect');
    expect(first('Investigators in Lima have charged two Chilean citizens.').kind).toBe('narration');
  });
});

describe('a description of the subject between commas', () => {
  test('"<state>, <other state>\'s <relation>, has <verb>" is the first state acting', () => {
    expect(first("Chile, Bolivia's largest trading partner, has called for talks on the border.").actor).toBe('chile');
    expect(first("Brazil, Argentina's main rival in the region, said the vote was premature.").actor).toBe('brazil');
  });
  test('the party in the description is named, and the description gives it no position', () => {
    expect(labels("Chile, Bolivia's closest ally, has called for calm on the border.")).toEqual({ bolivia: 'neutral' });
  });
  test("a title after the possessive still names the speaker's state", () => {
    const s = first("Rosa Vidal, Chile's foreign minister, said the talks were stalled.");
    expect([s.speaker, s.actor]).toEqual(['Rosa Vidal', 'chile']);
  });
});
