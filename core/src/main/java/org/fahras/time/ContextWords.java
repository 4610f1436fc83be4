package org.fahras.time;

/**
 * Small closed word lists that decide, around a four-digit number, whether it is a year: what comes before it may
 * make it a count, what comes after it may close a phrase it names ("كأس العالم 2018، "). All words are in folded
 * form (see {@link Fold}).
 */
final class ContextWords {
  /** Words after which a number is a count, not a year: "نحو 2000", "رقم 2018". */
  private static final String[] QUANTIFIERS = {"نحو", "حوالي", "قرابه", "اكثر", "اقل", "زهاء",
    "رقم", "الرقم", "بلغ", "بلغت", "عدد", "اصل", "مجموع", "قدره", "قيمته", "بقيمه"};

  /** Words that may follow a year that names an event or a season ("كأس العالم 2018 في"). */
  private static final String[] PHRASE_ENDS = {"من", "في", "على", "التي", "الذي", "بسبب", "حيث",
    "عندما", "الي", "حتي", "ضد", "مع", "بعد", "قبل", "بين", "او", "عن", "لكن", "ثم", "اذ"};

  private ContextWords() {}

  /** True when token {@code t} makes the number after it a count. */
  static boolean quantifies(Tokens tk, int t) {
    return tk.isNumber(t) || tk.isPunct(t, '%') || tk.isPunct(t, '+') || tk.isPunct(t, '$')
        || any(tk, t, QUANTIFIERS);
  }

  /**
   * True when nothing counted by a number can start at token {@code e}: punctuation, a line end,
   * the end of the text, or a particle.
   */
  static boolean closesPhrase(Tokens tk, int e) {
    if (e >= tk.size() || tk.newlineBefore(e)) {
      return true;
    }
    if (!tk.isWord(e)) {
      return !tk.isNumber(e) && !tk.isPunct(e, '%') && !tk.isPunct(e, '$');
    }
    return any(tk, e, PHRASE_ENDS);
  }

  private static boolean any(Tokens tk, int t, String[] words) {
    for (String word : words) {
      if (tk.isWord(t, word)) {
        return true;
      }
    }
    return false;
  }
}
