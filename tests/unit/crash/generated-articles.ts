// Deterministic generated news articles for crash and volume tests: different bodies, varied statement counts.

const PEOPLE = ['Amina Yusuf', 'Lars Holm', 'Chen Wei', 'Maria Costa', 'Rahul Mehta', 'Olga Petrova'];
const COUNTRIES = ['Kenya', 'Norway', 'China', 'Brazil', 'India', 'Russia', 'Pakistan', 'Afghanistan'];

/** Article number n: a headline and 4 to 12 sentences mixing narration, paraphrase and quotes. */
export function generatedArticle(n: number): { fileName: string; text: string } {
  const person = PEOPLE[n % PEOPLE.length]!;
  const country = COUNTRIES[(n * 7) % COUNTRIES.length]!;
  const other = COUNTRIES[(n * 3 + 1) % COUNTRIES.length]!;
  const sentences = [
    `${person} arrived in ${country} on day ${n} for talks.`,
    `${person} said ${country} wanted closer ties with ${other}.`,
    `“We will sign agreement number ${n} soon,” ${person} said.`,
    `The talks covered trade, energy and security in the region.`,
    `Officials in ${other} welcomed the visit.`,
    `“Our cooperation with ${other} is growing,” she added.`,
    `Trade rose by ${n % 90}% last year, according to the ministry.`,
    `${person} stressed the importance of dialogue.`,
    `The next round will take place in ${other}.`,
    `Analysts expect progress on the pipeline project.`,
    `${person} condemned attacks on civilians in ${country}.`,
    `The ministers agreed to meet again within ${(n % 11) + 1} months.`,
  ];
  const k = 4 + (n % 9);
  return {
    fileName: `generated-${n}.txt`,
    text: `Talks number ${n} in ${country}\n\n${sentences.slice(0, k).join(' ')}\n`,
  };
}
