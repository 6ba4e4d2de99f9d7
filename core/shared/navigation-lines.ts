// The one list of site chrome that is not article text ("Previous Post Next Post", "Share", "Read more"): import drops
// such lines from a body, and sentence segmentation does not make statements of them.

/** Whole lines of navigation, lower-case, words one space apart. */
export const NAVIGATION_LINES: readonly string[] = [
  'previous post',
  'next post',
  'previous article',
  'next article',
  'previous story',
  'next story',
  'previous',
  'next',
  'share',
  'share this',
  'share this article',
  'tweet',
  'print',
  'email',
  'advertisement',
  'read more',
  'related',
  'related articles',
  'related stories',
  'related posts',
  'also read',
  'read also',
  'see also',
  'follow us',
  'subscribe',
  'click here',
  'comments',
  'leave a comment',
  'home',
  'back to top',
  'top stories',
  'most read',
  'trending',
  'sponsored',
  'loading',
  'more from',
  'you may also like',
  'prev',
  'older',
  'newer',
  'share article',
  'share story',
  'share this story',
  'comment',
  'sign up',
];

const LINES = new Set(NAVIGATION_LINES);
/** Words a run of navigation is made of ("previous post next post", "share print email"). */
const RUN_WORDS = new Set([...NAVIGATION_LINES.filter((l) => !l.includes(' ')), 'post', 'article', 'story', 'page']);

/** The first words of navigation lines: a line starting with any other word is not one. */
export const NAVIGATION_FIRST_WORDS: ReadonlySet<string> = new Set([
  ...NAVIGATION_LINES.map((l) => l.split(' ')[0]!),
  ...RUN_WORDS,
]);

/**
 * True for navigation: `bare` is lower-case, its words one space apart, separators already removed; a trailing colon
 * ("Share:") is allowed.
 */
export function isNavigationText(bare: string): boolean {
  const t = bare.endsWith(':') ? bare.slice(0, -1).trimEnd() : bare;
  return LINES.has(t) || (t !== '' && t.split(' ').every((w) => RUN_WORDS.has(w)));
}
