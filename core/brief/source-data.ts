// What the brief builder reads: the chosen articles with their statements, targets, actors, tags and notes.
import type { Statement } from '../domain';
import type { Credibility, Paper, Party, Reliability } from './model';

export interface BriefArticle {
  id: number;
  title: string;
  source: string | null;
  url: string | null;
  published: string | null;
  reliability: Reliability | null;
  credibility: Credibility | null;
}

export type BriefStatement = Pick<
  Statement,
  'id' | 'articleId' | 'start' | 'text' | 'kind' | 'speaker' | 'actor' | 'starred' | 'tagIds' | 'note' | 'stances'
>;

export interface BriefTag {
  id: number;
  /** The name as the brief prints it, parents included ("Security › Terrorism"). */
  name: string;
}

export interface BriefSourceData {
  articles: BriefArticle[];
  /** The statements of those articles, in any order. */
  statements: BriefStatement[];
  /** The analyst's targets, defaults first, in their order. */
  targets: (Party & { isDefault: boolean })[];
  /** Names of actors by id where the database knows one. */
  actorLabels: Record<string, string>;
  /** Tags in codebook order. */
  tags: BriefTag[];
  /** Notes the analyst wrote on whole articles. */
  articleNotes: { articleId: number; body: string }[];
}

export interface BriefDefaults {
  author: string;
  handling: string;
  /** Today's date, ISO (yyyy-mm-dd): core code takes the clock as an input. */
  today: string;
  paper: Paper;
}
