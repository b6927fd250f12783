/** Words that stand for a place of work on a résumé header: "Remote", "(Hybrid)". Lower case, sorted. */
export const WORKPLACE_WORDS: readonly string[] = ['hybrid', 'on-site', 'onsite', 'remote'];

// Countries and regions that end a location on a résumé header ("Istanbul, Türkiye", "Seoul, S.Korea").
// Lower case, sorted. US states and other two-letter codes are recognised by their shape.
export const COUNTRIES: readonly string[] = [
  'argentina', 'australia', 'austria', 'belgium', 'brazil', 'canada', 'chile', 'china', 'colombia', 'czechia',
  'denmark', 'egypt', 'england', 'estonia', 'finland', 'france', 'germany', 'greece', 'hong kong', 'hungary', 'india',
  'indonesia', 'ireland', 'israel', 'italy', 'japan', 'kenya', 'korea', 'malaysia', 'mexico', 'netherlands',
  'new zealand', 'nigeria', 'norway', 'pakistan', 'peru', 'philippines', 'poland', 'portugal', 'romania',
  's.korea', 'scotland', 'singapore', 'south africa', 'south korea', 'spain', 'sweden', 'switzerland', 'taiwan',
  'thailand', 'the netherlands', 'turkey', 'türkiye', 'u.k.', 'u.s.', 'u.s.a.', 'uae', 'uk', 'ukraine',
  'united arab emirates', 'united kingdom', 'united states', 'usa', 'vietnam', 'wales',
];
