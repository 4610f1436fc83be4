package org.fahras.time;

/**
 * Small closed word lists that decide, around an anchor, whether a number or a weekday is a date.
 * All words are in folded form (see {@link FoldedText}).
 */
final class ContextWords {
  /** Words after which a number is a count, not a year: "نحو 2000", "رقم 2018". */
  private static final String[] QUANTIFIERS = {"نحو", "حوالي", "قرابه", "اكثر", "اقل", "زهاء",
    "رقم", "الرقم", "بلغ", "بلغت", "عدد", "اصل", "مجموع", "قدره", "قيمته", "بقيمه"};

  /** Words that may follow a year that names an event or a season ("كأس العالم 2018 في"). */
  private static final String[] PHRASE_ENDS = {"من", "في", "على", "التي", "الذي", "بسبب", "حيث",
    "عندما", "الي", "حتي", "ضد", "مع", "بعد", "قبل", "بين", "او", "عن", "لكن", "ثم", "اذ"};

  /** Future markers: a bare weekday after them is the coming one ("سيتم التوقيع الخميس"). */
  private static final String[] FUTURE_MARKERS = {"سوف", "سيتم", "ستتم", "سيكون", "ستكون",
    "سيعقد", "ستعقد", "سيقام", "ستقام", "سيجري", "ستجري", "سينطلق", "ستنطلق", "سيصل", "ستصل"};

  /** How far back a future marker still governs a weekday. */
  private static final int FUTURE_REACH = 4;

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

  /** True when a future marker stands shortly before token {@code t} on the same line. */
  static boolean futureBefore(Tokens tk, int t) {
    for (int k = t - 1; k >= Math.max(0, t - FUTURE_REACH); k--) {
      if (any(tk, k, FUTURE_MARKERS)) {
        return true;
      }
      if (tk.newlineBefore(k)) {
        break;
      }
    }
    return false;
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
