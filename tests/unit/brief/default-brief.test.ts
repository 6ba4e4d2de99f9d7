// The default brief from article data, and a refresh that keeps the analyst's words while re-reading the data.
import { describe, expect, it } from 'vitest';
import { BriefModel, defaultBrief, refreshBrief } from '../../../core/brief';
import { cellAt } from '../../../core/brief/stance-summary';
import { DEFAULTS, sampleData } from '../../support/brief-fixtures';

describe('defaultBrief', () => {
  it('numbers sources oldest first and cites every quote by its article', () => {
    const brief = defaultBrief(sampleData(), DEFAULTS);
    expect(brief.sources.map((s) => [s.citation, s.articleId, s.outlet])).toEqual([
      [1, 2, 'The Hindu'],
      [2, 1, 'Dawn'],
    ]);
    expect(brief.sources[1]).toMatchObject({ reliability: 'B', credibility: 2, url: 'https://www.dawn.com/news/1' });
    for (const q of brief.keyStatements) expect(q.citation).toBe(q.articleId === 2 ? 1 : 2);
    expect(brief.articleIds).toEqual([2, 1]);
  });

  it('fills the masthead from the defaults and titles a one-article brief after the article', () => {
    const brief = defaultBrief(sampleData(), DEFAULTS);
    expect(brief).toMatchObject({
      author: 'J. Analyst',
      handling: 'UNCLASSIFIED // FOR TRAINING',
      date: '2021-04-09',
      paper: 'A4',
    });
    expect(brief.title).toBe('Briefing note: Russia and Pakistan');
    const one = sampleData();
    one.articles = one.articles.slice(0, 1);
    expect(defaultBrief(one, DEFAULTS).title).toBe('Lavrov in Islamabad');
  });

  it('builds the stance matrix: busiest actor first, default targets as columns, dominant stance and counts', () => {
    const s = defaultBrief(sampleData(), DEFAULTS).stanceSummary;
    expect(s.layout).toBe('matrix');
    expect(s.actors.map((a) => a.label)).toEqual(['Russia', 'Pakistan']);
    expect(s.targets.map((t) => t.label)).toEqual(['Afghanistan', 'United States', 'India']);
    // Kashmir is followed but not a default and nobody took a stance on it: it is not offered.
    expect(s.available.targets.map((t) => t.id)).not.toContain('kashmir');
    const russiaIndia = cellAt(s, 'russia', 'india')!;
    expect(russiaIndia.counts).toEqual({ favor: 2, against: 2, concern: 0, neutral: 0 });
    expect(russiaIndia.dominant).toBe('mixed');
    expect(russiaIndia.citations).toEqual([1]);
    expect(cellAt(s, 'pakistan', 'afghanistan')).toMatchObject({ dominant: 'favor', citations: [2] });
    expect(cellAt(s, 'russia', 'us')!.examples[0]!.text).toContain('divisive strategies');
    expect(cellAt(s, 'pakistan', 'us')).toBeNull();
  });

  it('suggests quotes spread across speakers when nothing is starred, and uses the stars once there are some', () => {
    const data = sampleData();
    const suggested = defaultBrief(data, DEFAULTS);
    expect(suggested.keyStatementsFrom).toBe('suggested');
    const speakers = new Set(suggested.keyStatements.map((q) => q.speaker));
    expect(speakers).toEqual(new Set(['Shah Mahmood Qureshi', 'Sergey Lavrov']));
    expect(suggested.keyStatements.every((q) => q.kind !== 'narration')).toBe(true);
    expect(suggested.keyStatements.filter((q) => q.speaker === 'Sergey Lavrov').length).toBeLessThanOrEqual(3);

    data.statements[2]!.starred = true;
    data.statements[4]!.starred = true;
    const starred = defaultBrief(data, DEFAULTS);
    expect(starred.keyStatementsFrom).toBe('starred');
    // Reading order: article 2 ([1]) before article 1 ([2]).
    expect(starred.keyStatements.map((q) => q.text)).toEqual([data.statements[4]!.text, data.statements[2]!.text]);
    expect(starred.keyStatements[1]).toMatchObject({ speaker: 'Sergey Lavrov', actor: 'russia', actorLabel: 'Russia' });
  });

  it('makes a section per tag in use, gathers notes, and never states unreviewed suggestions as findings', () => {
    const brief = defaultBrief(sampleData(), DEFAULTS);
    expect(brief.tagSections.map((t) => [t.name, t.statements.length, t.included])).toEqual([
      ['Regional security', 2, true],
    ]);
    expect(brief.notes).toContain('- Lavrov in New Delhi [1]: Indian press frames the visit as reassurance.');
    expect(brief.notes).toContain('[2]: Kashmir line is new this year.');
    // Nothing is confirmed: the table shows the engine's suggestions, and the bottom line says so instead of stating them.
    expect(brief.stanceSummary.confirmedOnly).toBe(false);
    expect(brief.bluf).toContain(
      'No stance has been confirmed by the analyst yet: the stance summary shows Parley’s unreviewed suggestions, not findings.',
    );
    expect(brief.bluf).not.toContain('speaks against');
    expect(brief.bluf).toContain(
      'Based on 0 confirmed and 7 suggested statements from 2 articles (The Hindu and Dawn, 6 April 2021 to 8 April 2021), by 2 named speakers.',
    );
    expect(brief.keyJudgments).toEqual([]);
  });

  it('counts confirmed stances only by default once any is confirmed, and states only confirmed positions', () => {
    const data = sampleData();
    data.statements[0]!.stances[0]!.origin = 'analyst'; // Pakistan in favour of Afghanistan
    data.statements[2]!.stances[0]!.origin = 'analyst'; // Russia against the United States
    const brief = defaultBrief(data, DEFAULTS);
    const s = brief.stanceSummary;
    expect(s.confirmedOnly).toBe(true);
    expect(s.basis).toEqual({ confirmed: 2, suggested: 5, articles: 2 });
    expect(s.cells.map((c) => `${c.actor}/${c.target}`).sort()).toEqual(['pakistan/afghanistan', 'russia/us']);
    expect(brief.bluf).toBe(
      'Pakistan speaks in favour of Afghanistan. Russia speaks against the United States. These positions rest on analyst-confirmed statements only. Based on 2 confirmed and 5 suggested statements from 2 articles (The Hindu and Dawn, 6 April 2021 to 8 April 2021), by 2 named speakers.',
    );

    // Asked to show suggestions too, the table has them, but the bottom line still states only what was confirmed.
    const all = defaultBrief(data, DEFAULTS, { confirmedOnly: false });
    expect(all.stanceSummary.confirmedOnly).toBe(false);
    expect(cellAt(all.stanceSummary, 'russia', 'india')).toMatchObject({ dominant: 'mixed', confirmed: 0 });
    expect(all.bluf).toBe(brief.bluf);
    expect(all.bluf).not.toMatch(/India/);
  });

  it('keeps the analyst’s confirmed-only choice on refresh, and turns it on once the first stance is confirmed', () => {
    const data = sampleData();
    const first = defaultBrief(data, DEFAULTS);
    expect(first.stanceSummary.confirmedOnly).toBe(false);
    data.statements[2]!.stances[0]!.origin = 'analyst';
    const on = refreshBrief(first, data);
    expect(on.stanceSummary.confirmedOnly).toBe(true);
    expect(on.stanceSummary.cells.map((c) => `${c.actor}/${c.target}`)).toEqual(['russia/us']);
    const off = refreshBrief({ ...on, stanceSummary: { ...on.stanceSummary, confirmedOnly: false } }, data);
    expect(off.stanceSummary.confirmedOnly).toBe(false);
    expect(off.stanceSummary.cells.length).toBeGreaterThan(1);
  });

  it('is a valid model whatever the data, including articles with no statements', () => {
    const data = sampleData();
    data.statements = [];
    const brief = defaultBrief(data, DEFAULTS);
    expect(BriefModel.safeParse(brief).success).toBe(true);
    expect(brief.stanceSummary.actors).toEqual([]);
    expect(brief.stanceSummary.targets.map((t) => t.id)).toEqual(['afghanistan', 'us', 'india']);
    expect(brief.keyStatements).toEqual([]);
    expect(brief.bluf).toMatch(/^No confirmed position on the followed targets/);
  });
});

describe('refreshBrief', () => {
  it('keeps the analyst’s text and table choices, and re-reads stars, gradings and stances', () => {
    const data = sampleData();
    const first = defaultBrief(data, DEFAULTS);
    const edited = {
      ...first,
      title: 'My title',
      bluf: 'My bottom line.',
      notes: 'My notes.',
      keyJudgments: [{ text: 'Talks resume.', likelihood: 'likely' as const, confidence: 'moderate' as const }],
      stanceSummary: {
        ...first.stanceSummary,
        layout: 'side-by-side' as const,
        actors: [first.stanceSummary.actors[1]!],
        targets: [first.stanceSummary.targets[2]!],
      },
      tagSections: first.tagSections.map((t) => ({ ...t, included: false, intro: 'Why this matters.' })),
    };
    data.statements[1]!.starred = true;
    data.articles[1]!.reliability = 'C';
    data.articles[1]!.credibility = 3;
    data.statements[1]!.stances = [{ target: 'india', label: 'against', confidence: 1, cues: [], origin: 'analyst' }];
    const fresh = refreshBrief(BriefModel.parse(edited), data);
    expect(fresh).toMatchObject({
      title: 'My title',
      bluf: 'My bottom line.',
      notes: 'My notes.',
      keyJudgments: edited.keyJudgments,
    });
    expect(fresh.stanceSummary.layout).toBe('side-by-side');
    expect(fresh.stanceSummary.actors.map((a) => a.id)).toEqual(['pakistan']);
    expect(fresh.stanceSummary.targets.map((t) => t.id)).toEqual(['india']);
    expect(cellAt(fresh.stanceSummary, 'pakistan', 'india')!.dominant).toBe('against');
    expect(fresh.keyStatementsFrom).toBe('starred');
    expect(fresh.keyStatements.map((q) => q.statementId)).toEqual([data.statements[1]!.id]);
    expect(fresh.sources.find((s) => s.articleId === 2)).toMatchObject({ reliability: 'C', credibility: 3 });
    expect(fresh.tagSections[0]).toMatchObject({ included: false, intro: 'Why this matters.' });
  });
});

describe('BriefModel', () => {
  it('refuses a likelihood outside ICD 203, an unknown confidence, and a citation with no source', () => {
    const brief = defaultBrief(sampleData(), DEFAULTS);
    const judgment = { text: 'x', likelihood: 'probable', confidence: 'moderate' };
    expect(BriefModel.safeParse({ ...brief, keyJudgments: [judgment] }).success).toBe(false);
    expect(
      BriefModel.safeParse({
        ...brief,
        keyJudgments: [{ ...judgment, likelihood: 'very likely', confidence: 'certain' }],
      }).success,
    ).toBe(false);
    expect(
      BriefModel.safeParse({ ...brief, keyJudgments: [{ ...judgment, likelihood: 'roughly even chance' }] }).success,
    ).toBe(true);
    const orphan = { ...brief, keyStatements: [{ ...brief.keyStatements[0]!, citation: 9 }] };
    const result = BriefModel.safeParse(orphan);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/citation \[9\] has no entry/);
    expect(BriefModel.safeParse({ ...brief, sources: [{ ...brief.sources[0]!, reliability: 'G' }] }).success).toBe(
      false,
    );
    expect(BriefModel.safeParse({ ...brief, sources: [{ ...brief.sources[0]!, credibility: 7 }] }).success).toBe(false);
  });
});
