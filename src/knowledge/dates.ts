// Words of dates on résumés. To edit: add a spelling in lower case, without a trailing dot.

/** Month names and abbreviations → month number. "sept" and "sep" both occur ("Sept. 2016 to date"). */
export const MONTHS: Readonly<Record<string, number>> = {
  apr: 4, april: 4, aug: 8, august: 8, dec: 12, december: 12, feb: 2, february: 2, jan: 1, january: 1,
  jul: 7, july: 7, jun: 6, june: 6, mar: 3, march: 3, may: 5, nov: 11, november: 11, oct: 10, october: 10,
  sep: 9, sept: 9, september: 9,
};

/** Seasons → the month they are taken to start ("Summer 2023" → June 2023). */
export const SEASONS: Readonly<Record<string, number>> = { autumn: 9, fall: 9, spring: 3, summer: 6, winter: 1 };

/** Words that end an open range at the as-of month: "Jan 2019 – Present", "Sept. 2016 to date". */
export const PRESENT_WORDS: readonly string[] = ['current', 'currently', 'date', 'now', 'ongoing', 'present', 'the present', 'till date', 'till now', 'to date', 'today'];

/** Words between two dates of a range besides dashes: "January 2019 to Current". */
export const RANGE_WORDS: readonly string[] = ['through', 'thru', 'till', 'to', 'until'];
