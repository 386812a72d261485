// Shared by the unit and the extension-host tests.

/**
 * About `chars` of news-like text in which no sentence repeats, so no cache can shortcut its analysis:
 * a title, then paragraphs of numbered sentences with names, places and dates.
 */
export function longText(chars: number, tag: string): string {
  const people = ['Jens Stoltenberg', 'Angela Merkel', 'Sergei Ryabkov', 'Donald Trump', 'Theresa May', 'Emmanuel Macron'];
  const places = ['Brussels', 'Geneva', 'Berlin', 'Moscow', 'Washington', 'Oslo', 'Paris'];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July'];
  let text = `A long seed ${tag}\n\n`;
  for (let i = 0; text.length < chars; i++) {
    text += `${people[i % 6]} met officials of NATO in ${places[i % 7]} on ${1 + (i % 28)} ${months[i % 7]}, in talks number ${i} of the ${tag} series. `;
    text += i % 4 === 3 ? '\n\n' : '';
  }
  return text;
}
