// Fields of study and the families of related fields. A résumé field in the same family as a field the
// posting lists is "related". Families may overlap; umbrella families (stem, quantitative) stand for
// "a technical field" or "a quantitative field" in a posting.
// To edit: add a field's spellings (lower-case) to every family it belongs to.

export const FIELD_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  accounting: ['accountancy', 'accounting', 'auditing', 'finance', 'taxation'],
  business: ['business', 'business administration', 'commerce', 'economics', 'finance', 'management', 'marketing'],
  computing: [
    'computational science', 'computer engineering', 'computer science', 'computing', 'cs', 'data science',
    'informatics', 'information systems', 'information technology', 'software engineering',
  ],
  education: ['education', 'teaching', 'curriculum and instruction'],
  electrical: ['electrical and electronics', 'electrical and electronics engineering', 'electrical engineering', 'electronic engineering', 'electronics', 'electronics engineering', 'ee'],
  engineering: ['aerospace engineering', 'chemical engineering', 'civil engineering', 'engineering', 'industrial engineering', 'mechanical engineering'],
  health: ['health sciences', 'nursing', 'public health'],
  math: ['applied mathematics', 'applied statistics', 'actuarial science', 'math', 'mathematics', 'statistics', 'biostatistics'],
  physics: ['applied physics', 'engineering physics', 'physics'],
  quantitative: [
    'applied mathematics', 'computer engineering', 'computer science', 'data science', 'economics', 'electrical engineering',
    'engineering', 'finance', 'math', 'mathematics', 'operations research', 'physics', 'quantitative', 'statistics',
  ],
  stem: [
    'applied mathematics', 'biology', 'chemistry', 'computer engineering', 'computer science', 'data science',
    'electrical engineering', 'engineering', 'information technology', 'math', 'mathematics', 'mechanical engineering',
    'physics', 'software engineering', 'statistics', 'stem', 'technical',
  ],
};

/** Words that turn a listed field into "or a related one": "or similar field", "or a related discipline". */
export const RELATED_FIELD_WORDS: readonly string[] = ['comparable', 'equivalent', 'related', 'relevant', 'similar'];

/** Families that stand for a broad kind of field; two fields are not related just for sharing one of these. */
export const UMBRELLA_FAMILIES: readonly string[] = ['quantitative', 'stem'];
