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

  it('makes a section per tag in use, gathers notes, and drafts a bottom line from the positions', () => {
    const brief = defaultBrief(sampleData(), DEFAULTS);
    expect(brief.tagSections.map((t) => [t.name, t.statements.length, t.included])).toEqual([
      ['Regional security', 2, true],
    ]);
    expect(brief.notes).toContain('- Lavrov in New Delhi [1]: Indian press frames the visit as reassurance.');
    expect(brief.notes).toContain('[2]: Kashmir line is new this year.');
    expect(brief.bluf).toContain('Russia speaks against the United States and takes mixed positions on India.');
    expect(brief.bluf).toContain('Pakistan speaks in favour of Afghanistan and voices concern about India.');
    expect(brief.bluf).toMatch(
      /Based on 8 statements by 2 named speakers in 2 articles from The Hindu and Dawn, 6 April 2021 to 8 April 2021\./,
    );
    expect(brief.keyJudgments).toEqual([]);
  });

  it('is a valid model whatever the data, including articles with no statements', () => {
    const data = sampleData();
    data.statements = [];
    const brief = defaultBrief(data, DEFAULTS);
    expect(BriefModel.safeParse(brief).success).toBe(true);
    expect(brief.stanceSummary.actors).toEqual([]);
    expect(brief.stanceSummary.targets.map((t) => t.id)).toEqual(['afghanistan', 'us', 'india']);
    expect(brief.keyStatements).toEqual([]);
    expect(brief.bluf).toMatch(/^No position on the followed targets/);
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
