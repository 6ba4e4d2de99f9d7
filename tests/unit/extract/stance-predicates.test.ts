// Stances read from what a statement does to a target: demands and requests, restrictions, denials.
import { describe, expect, test } from 'vitest';
import { extract } from '../../../core/extract';
import { mergeTargets } from '../../../core/default-targets';

const SANCTIONS = { id: 'sanctions', label: 'Sanctions', aliases: ['sanctions', 'the sanctions'] };

const stances = (text: string): Record<string, string> => {
  const { statements } = extract(text, { targets: mergeTargets([SANCTIONS]) });
  return Object.fromEntries(statements[0]!.stances.map((s) => [s.target, s.label]));
};

/** The text's first statement takes these stances (among others). */
const expectStances = (text: string, expected: Record<string, string>): void => {
  expect(stances(text), text).toMatchObject(expected);
};

/** The text's first statement does not take all of these stances. */
const expectNoStances = (text: string, unexpected: Record<string, string>): void => {
  expect(stances(text), text).not.toMatchObject(unexpected);
};

describe('demands on a named subject', () => {
  test('whatever the verb, a demand on a state is pressure against it', () => {
    expectStances('Foreign Minister Hamid Karimi of Iran said India must first return the seized tanker.', {
      india: 'against',
    });
    expectStances(
      "Chinese Foreign Minister Wang Lei said the United States' government has to stop arming the island.",
      { us: 'against' },
    );
    expectStances('Japanese Foreign Minister Aiko Mori said Afghanistan should now hand over the suspects.', {
      afghanistan: 'against',
    });
  });
  test('a cooperative request implies no fault, and a demand on someone unnamed scores no named state', () => {
    expectNoStances(
      'Foreign Minister Hamid Karimi of Iran said India and Afghanistan should resume their trade talks.',
      { india: 'against' },
    );
    expectNoStances('Foreign Minister Hamid Karimi of Iran told India that it must first return the seized tanker.', {
      india: 'against',
    });
  });
});

describe('requests', () => {
  test('asking a named party to do something demands it of them, whatever the request verb', () => {
    expectStances('Foreign Minister Hamid Karimi of Iran asked the Indian government to hand over the two suspects.', {
      india: 'against',
    });
    expectStances('Foreign Minister Hamid Karimi of Iran called on Afghanistan to expel the militants.', {
      afghanistan: 'against',
    });
  });
  test('a request for cooperation or restraint implies no fault and is no praise', () => {
    expectStances('Foreign Minister Hamid Karimi of Iran urged India and Afghanistan to build on the ceasefire.', {
      india: 'neutral',
      afghanistan: 'neutral',
    });
    expectStances('Foreign Minister Hamid Karimi of Iran called on India to show restraint.', { india: 'neutral' });
  });
});

describe('requests in the plain present of the speaker', () => {
  test('"we urge", "we call on" press the one asked as the past forms do', () => {
    expectStances('"We urge the Indian government not to meddle in our elections," Hamid Karimi of Iran said.', {
      india: 'against',
    });
    expectStances('"We call on Afghanistan to hand over the attackers," Hamid Karimi of Iran said.', {
      afghanistan: 'against',
    });
  });
  test('a plain-present request for restraint is no fault either', () => {
    expectStances('"We urge India and Afghanistan to show restraint," Hamid Karimi of Iran said.', {
      india: 'neutral',
      afghanistan: 'neutral',
    });
  });
});

describe('demands to protect', () => {
  test('asking a party to protect someone voices concern, not blame', () => {
    expectStances('Foreign Minister Hamid Karimi of Iran urged Afghanistan to protect the Iranian pilgrims.', {
      afghanistan: 'concern',
    });
    expectStances('Foreign Minister Hamid Karimi of Iran said India must ensure the safety of Iranian students.', {
      india: 'concern',
    });
  });
  test('asking a party to take measures or steps to protect someone voices concern too', () => {
    expectStances(
      'Foreign Minister Hamid Karimi of Iran asked India to take all necessary steps to ensure the safety of Iranian traders.',
      { india: 'concern' },
    );
    expectStances('Foreign Minister Hamid Karimi of Iran said India must take steps to stop the smuggling.', {
      india: 'against',
    });
  });
});

describe('wishes', () => {
  test('a hope or expectation put on a named party asks something of it, cooperative or not', () => {
    expectStances('Foreign Minister Hamid Karimi of Iran said he hoped India would reverse the decision.', {
      india: 'against',
    });
    expectStances('Foreign Minister Hamid Karimi of Iran said: "We expect Kabul to act against these groups."', {
      afghanistan: 'against',
    });
    expectStances('Foreign Minister Hamid Karimi of Iran said he hoped India would resume the talks.', {
      india: 'neutral',
    });
  });
});

describe('a restriction that is itself the target', () => {
  test('lifting or opposing it is against it, refusing to lift it is for it', () => {
    expectStances('Foreign Minister Hamid Karimi of Iran said the West had to lift the sanctions.', {
      sanctions: 'against',
    });
    expectStances('US envoy Mark Dolan said Washington would not lift the sanctions before the vote.', {
      sanctions: 'favor',
    });
    expectStances('Foreign Minister Hamid Karimi of Iran said Tehran opposed the sanctions.', { sanctions: 'against' });
  });
  test('a state named inside the restriction is not the restriction', () => {
    expectNoStances('Foreign Minister Hamid Karimi of Iran called for an end to US sanctions on Iranian banks.', {
      us: 'favor',
    });
  });
});

describe('denials', () => {
  test("a claim a denial calls false is against the claim's owner", () => {
    expectStances(
      'Asked about an Indian report on the border clash, Chinese spokesman Li Wen said the report was baseless.',
      { india: 'against' },
    );
    expectStances(
      "Pakistan's foreign minister Ali Khan said Washington's allegations about the convoy were not true.",
      { us: 'against' },
    );
  });
  test('a claim nobody denies is not against its owner', () => {
    expectNoStances('Pakistani Foreign Minister Ali Khan said an Indian report on the floods was useful.', {
      india: 'against',
    });
  });
  test('rejecting what a body called suspicion answers whoever voiced it in the statement before', () => {
    const { statements } = extract(
      "Indian officials said Chinese survey ships were mapping the seabed. China's embassy rejected what it called groundless suspicion.",
      { targets: mergeTargets([]) },
    );
    expect(statements[1]!.stances.map((s) => [s.target, s.label])).toContainEqual(['india', 'against']);
  });
});

describe('the register of approval', () => {
  const lead = (text: string) => {
    const { statements } = extract(text, { targets: mergeTargets([]) });
    const st = statements[0]!.stances.find((x) => x.target === 'india')!;
    return [st.label, st.cues[0]];
  };
  test('whole phrases of approval are the evidence, not a word inside them', () => {
    expect(lead('Foreign Minister Hamid Karimi of Iran said Tehran attaches great importance to India.')).toEqual([
      'favor',
      'attaches great importance to',
    ]);
    expect(
      lead('Foreign Minister Hamid Karimi of Iran said the Indian offer was a step in the right direction.'),
    ).toEqual(['favor', 'step in the right direction']);
  });
});

describe("support of the speaker's own side", () => {
  test("whoever stands by the speaker's state is favoured, though the cue points at the speaker's state", () => {
    const { statements } = extract(
      '"Russia has stood by India in hard times," Indian Defence Minister Arvind Rao said.',
      {
        targets: mergeTargets([]),
      },
    );
    expect(statements[0]!.stances).toContainEqual(expect.objectContaining({ target: 'russia', label: 'favor' }));
  });
  test('standing by a third state says nothing of the one that does it, to a speaker of neither', () => {
    const { statements } = extract(
      '"Russia has stood by Iran in hard times," Indian Defence Minister Arvind Rao said.',
      {
        targets: mergeTargets([]),
      },
    );
    expect(statements[0]!.stances).not.toContainEqual(expect.objectContaining({ target: 'russia', label: 'favor' }));
  });
});

describe('negated requests', () => {
  test('asked not to do something that favours a party: that party is opposed, the one asked is not', () => {
    const st = stances('Peru urged Chile not to reward Bolivia for closing the border.');
    expect(st.bolivia).toBe('against');
    expect(st.chile).not.toBe('against');
  });
  test('asked not to do something else: the one asked is pressed, and what it is asked about opposed', () => {
    const st = stances('Peru urged Chile not to buy Russian gas.');
    expect(st.chile).toBe('against');
  });
  test('"not to" with no request before it is an ordinary negation: "not to blame" clears the party', () => {
    expect(stances('Rosa Vidal of Chile said Peru was not to blame for the floods.').peru).toBe('favor');
  });
});

describe('conditions put on a party', () => {
  test('"unless X ..." and a refusal "until X ..." are demands on X, and on a party coordinated with it', () => {
    expectStances('Rosa Vidal of Chile said there would be no deal unless Peru withdrew its boats.', {
      peru: 'against',
    });
    expectStances('Rosa Vidal of Chile said the border would not reopen until Peru and Bolivia gave guarantees.', {
      peru: 'against',
      bolivia: 'against',
    });
  });
  test('"until" without a refusal is time, and a cooperative condition blames nobody', () => {
    expectNoStances('Rosa Vidal of Chile said the talks with Peru lasted until Friday.', { peru: 'against' });
    expectNoStances('Rosa Vidal of Chile said there would be no deal unless Peru and Bolivia resume talks.', {
      peru: 'against',
    });
  });
});

describe('breaking off ties', () => {
  test('suspending, cutting or ending what is cooperative is a step against the partner', () => {
    expectStances('Rosa Vidal of Chile said Chile had suspended military cooperation with Peru.', { peru: 'against' });
    expectStances('Rosa Vidal of Chile said Chile would cut aid to Peru.', { peru: 'against' });
  });
  test('a negated break keeps the cooperation', () => {
    expectNoStances('Rosa Vidal of Chile said Chile had not suspended cooperation with Peru.', { peru: 'against' });
  });
});

describe('cutting a party off', () => {
  test('closing or suspending a flow or an access to a party is a measure against it', () => {
    expectStances('Rosa Vidal of Chile said Chile would close its airspace to Peruvian airlines from Monday.', {
      peru: 'against',
    });
    expectStances('Rosa Vidal of Chile said Chile had suspended all cargo flights to Bolivia.', { bolivia: 'against' });
    expectStances('Rosa Vidal of Chile said Chile had frozen $40 million in funding for Bolivia.', {
      bolivia: 'against',
    });
  });
  test('a negated cut-off, or one without a recipient after "to" or "for", takes no side against it', () => {
    expectNoStances('Rosa Vidal of Chile said Chile would not close its ports to Peruvian ships.', { peru: 'against' });
    expectNoStances('Rosa Vidal of Chile said Peru had closed its border after the floods.', { peru: 'against' });
    expectNoStances('Rosa Vidal of Chile said Chile had suspended its sanctions on Peru.', { peru: 'against' });
  });
});

describe('lists of restricted parties', () => {
  test('putting a party on a list of restricted parties is against it, taking it off is for it', () => {
    expectStances('Rosa Vidal of Chile said Chile had added Peru to its sanctions list.', { peru: 'against' });
    expectStances('Rosa Vidal of Chile said the United States had put Cuba back on its terrorism list.', {
      cuba: 'against',
    });
    expectStances('Rosa Vidal of Chile said Washington took Cuba off the list of state sponsors of terrorism.', {
      cuba: 'favor',
    });
  });
  test('a negated delisting, or a list the party is not put on, takes no side for it', () => {
    expectNoStances('Rosa Vidal of Chile said Chile would not remove Peru from its blacklist.', { peru: 'favor' });
    expectNoStances('Rosa Vidal of Chile said Chile had added Peru to the talks.', { peru: 'against' });
  });
});

describe('what a violation wrongs', () => {
  test('the state whose airspace or sovereignty is violated is of concern, not the wrongdoer', () => {
    expectStances("Rosa Vidal of Chile said Peruvian drones had violated Bolivia's airspace.", {
      peru: 'against',
      bolivia: 'concern',
    });
    expectStances("Rosa Vidal of Chile said the seizure was a violation of Ecuador's territorial waters.", {
      ecuador: 'concern',
    });
  });
  test('a body whose embargo or rules are breached takes no side from the breach', () => {
    expectNoStances('Rosa Vidal of Chile said Peru had shipped the rifles in breach of a UN arms embargo.', {
      un: 'against',
    });
  });
  test('the one who violates stays the wrongdoer', () => {
    expectStances('Rosa Vidal of Chile said Peru had violated the ceasefire again.', { peru: 'against' });
  });
});

describe('a prohibited act and its doer', () => {
  test('the one named after "by" in a negated passive is who the speaker would stop', () => {
    expectStances('Rosa Vidal of Chile warned that the port of Arica should not be used by Peruvian warships.', {
      peru: 'against',
    });
    expectStances('Rosa Vidal of Chile said the strait cannot be controlled by Bolivia.', { bolivia: 'against' });
  });
  test('an affirmed passive, or a prohibition with no doer named, blames no one', () => {
    expectNoStances('Rosa Vidal of Chile said the treaty must be respected by Peru.', { peru: 'against' });
    expectNoStances('Rosa Vidal of Chile said the vote should not be delayed, as Peru wants.', { peru: 'against' });
  });
});

describe('the hidden hand named after "by"', () => {
  test('whoever is said to have dictated, orchestrated or instigated an act is criticised', () => {
    expectStances('Rosa Vidal of Chile called the blockade a hostile step dictated by Peru.', { peru: 'against' });
    expectStances('Rosa Vidal of Chile said the protests had been orchestrated by Bolivia.', { bolivia: 'against' });
    expectStances('Rosa Vidal of Chile said the raid was carried out at the behest of Ecuador.', {
      ecuador: 'against',
    });
  });
  test('a neutral agent after "by" takes no side', () => {
    expectNoStances('Rosa Vidal of Chile said the talks were hosted by Peru.', { peru: 'against' });
  });
});

describe('members of an armed group', () => {
  test('what is said of "militants of" a group is said of the group', () => {
    expectStances('Rosa Vidal of Chile said militants of the Islamic State had attacked a border post.', {
      isil: 'against',
    });
  });
  test('a group at the end of a list is not what the first word is said of', () => {
    expectNoStances('Rosa Vidal of Chile said the militants, the army and the Islamic State met.', { isil: 'against' });
  });
});

describe('giving to a party', () => {
  test('lending, supplying or sharing with a named recipient is support for it', () => {
    expectStances('Rosa Vidal of Chile said Chile had lent Bolivia $2 billion in emergency aid during the crisis.', {
      bolivia: 'favor',
    });
    expectStances('Rosa Vidal of Chile said Chile would continue supplying gas to Bolivia.', { bolivia: 'favor' });
    expectStances('Rosa Vidal of Chile said Chile was ready to share its satellite data with Peru.', { peru: 'favor' });
    expectStances(
      'Rosa Vidal of Chile said shipments of the last three F-16 fighter jets to Bolivia would arrive in the spring.',
      { bolivia: 'favor' },
    );
  });
  test('a giving stopped or refused is against the recipient, and troops or warnings are no gift', () => {
    expectStances('Rosa Vidal of Chile said Chile had stopped supplying gas to Bolivia.', { bolivia: 'against' });
    expectNoStances('Rosa Vidal of Chile said Chile had sent troops to Bolivia.', { bolivia: 'favor' });
    expectNoStances('Rosa Vidal of Chile said Chile had given Peru a final warning.', { peru: 'favor' });
  });
  test('evidence or proof handed over is no gift: it backs a charge against the recipient', () => {
    expectNoStances('Rosa Vidal of Chile said Chile had shared evidence of the smuggling with Bolivia.', {
      bolivia: 'favor',
    });
    expectNoStances('Rosa Vidal of Chile said Chile had given Peru proof of the incursion.', { peru: 'favor' });
  });
});

describe('a position contrasted by "but not"', () => {
  test('support given to one and withheld from the other is against the other', () => {
    expectStances(
      'Rosa Vidal of Chile said the party supported closer ties with Peru but not a pact written by Bolivia.',
      {
        peru: 'favor',
        bolivia: 'against',
      },
    );
    expectStances(
      'Rosa Vidal of Chile said Chile welcomed the offer from Peru but not the conditions set by Bolivia.',
      {
        bolivia: 'against',
      },
    );
  });
  test('criticism withheld from the other is no praise of it', () => {
    expectStances('Rosa Vidal of Chile condemned Peru but not Bolivia.', { peru: 'against', bolivia: 'neutral' });
  });
});

describe('a position ruled out', () => {
  test('recognition or relief that "is not on the table" or "out of the question" is refused to the party', () => {
    expectStances('Rosa Vidal of Chile said recognition of the Bolivian government “is not on the table” for now.', {
      bolivia: 'against',
    });
    expectStances('Rosa Vidal of Chile said sanctions relief for Peru was out of the question.', { peru: 'against' });
  });
  test("engagement or cooperation made to depend on the party's conduct is a condition put on it, no support", () => {
    expectStances('Rosa Vidal of Chile said engagement with the Bolivian government depends on its conduct.', {
      bolivia: 'against',
    });
    expectStances('Rosa Vidal of Chile said cooperation with Peru would be tied to progress on the border.', {
      peru: 'against',
    });
  });
  test('a position still on the table stands', () => {
    expectStances('Rosa Vidal of Chile said recognition of Bolivia was on the table.', { bolivia: 'favor' });
  });
});

describe('an opposed attempt and its object', () => {
  test("the one an opposed attempt would act on is defended, even after the attempt's author is named", () => {
    expectStances('Rosa Vidal of Chile criticised what she called Peruvian attempts to isolate Bolivia.', {
      peru: 'against',
      bolivia: 'favor',
    });
    expectStances('Rosa Vidal of Chile rejected what Lima called efforts to isolate Bolivia.', { bolivia: 'favor' });
  });
  test('"what she called" names a thing and asks nothing of anyone', () => {
    expectNoStances('Rosa Vidal of Chile praised what she called Peruvian plans to expand the port.', {
      peru: 'against',
    });
  });
});

describe('accepting what a party proposes or claims', () => {
  test('accepting it is for the party, refusing to accept it against', () => {
    expectStances("Rosa Vidal of Chile said Chile accepted Peru's offer of talks.", { peru: 'favor' });
    expectStances("Rosa Vidal of Chile said Chile would never accept Peru's claim to the islands.", {
      peru: 'against',
    });
  });
});

describe('what is said of a body right after its name', () => {
  test('"NATO was biased" is against NATO; a body named further off keeps out of the clause\'s judgement', () => {
    expectStances('Rosa Vidal of Chile said NATO was biased.', { nato: 'against' });
    expectNoStances('Rosa Vidal of Chile said at a NATO meeting that the plan was biased.', { nato: 'against' });
  });
});

describe('undoing a measure the analyst follows', () => {
  const RULE = { id: 'visa-rule', label: 'Visa rule', aliases: ['the visa rule', 'the new visa rule'] };
  const on = (text: string): Record<string, string> => {
    const { statements } = extract(text, { targets: mergeTargets([RULE]) });
    return Object.fromEntries(statements[0]!.stances.map((s) => [s.target, s.label]));
  };
  test('asking to reverse, repeal or scrap it is against it', () => {
    expect(on('Foreign Minister Rosa Vidal of Chile said Peru must reverse the visa rule.')).toMatchObject({
      'visa-rule': 'against',
    });
    expect(on('Foreign Minister Rosa Vidal of Chile urged Lima to repeal the new visa rule.')).toMatchObject({
      'visa-rule': 'against',
    });
  });
});
