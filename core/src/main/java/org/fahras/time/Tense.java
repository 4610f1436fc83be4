package org.fahras.time;

import org.fahras.time.Word.Cue;
import org.fahras.time.Word.RelativeDay;

/**
 * Whether a sentence speaks of the future before a date it leaves open (a bare weekday, a day and month without a
 * year, a feast): then the date is the coming one. News reports the past by default, so only explicit cues count:
 *
 * <ul>
 *   <li>سوف, and a verb with the future prefix س (سيعقد، ستنطلق، سنعمل, also after و/ف), but not the nouns that
 *       start the same way (سياسة، ستين، سيارات);
 *   <li>من المقرر / المنتظر / المزمع / المرتقب / المفترض / المتوقع, يُنتظر / يُتوقع / يعتزم / ينوي;
 *   <li>غداً, يوم غد, بكرة;
 *   <li>for a weekday only, the present tense of the verbs news announces events with (يبدأ، تنطلق، يعقد، تقام، يزور،
 *       يلتقي …): "تنطلق البطولة الخميس" is this week's Thursday, while "تبدأ في أول يوليو" may be a habit.
 * </ul>
 *
 * <p>كان right before a cue puts it in the past ("وكان من المقرر أن تصل يوم 31 جانفي", "كان يلعب"), and كان or قد
 * between a cue and the date ends the search ("كان ترامب قد تعهد الخميس").
 *
 * <p>A cue counts within {@value #REACH} tokens before the date, on its line and in its clause (a full stop, a question
 * mark, a colon or a semicolon ends the search).
 */
final class Tense {
  private static final int REACH = 7;

  /** Words that start like a future verb but are nouns, names or numbers. */
  private static final String[] NOT_VERBS = {"سياسي", "سياسيه", "سياسيين", "سياسيون", "سياحي", "سياحيه", "سيد",
    "سيدي", "سيده", "سيدات", "سيول", "سينما", "سيناء", "سيناريو", "سيتي", "ستين", "ستون", "ستمايه", "ستميه", "ستار",
    "ستاد", "ستوديو", "ستالين", "سيراليون", "سنودن", "سيرين", "ستيفن", "ستيف", "سيف", "سير", "سيرا", "سيره", "سيم",
    "سيارات", "سياده", "سيطره", "سنويا", "سنوي", "سنويه", "سنين", "سنتين", "سنتيمتر", "سيدني", "سيلفا", "ستوكهولم",
    "سيي", "سييه", "سيبيريا", "سيسي", "سيمون", "ستانلي", "سيوول", "سنت", "سنتات", "ستيفان", "سيريلانكا", "سيرغي",
    "ستوك", "سيلتا", "سيدو"};

  private Tense() {}

  /** True when a cue of the future stands shortly before token {@code t}, in its clause. */
  static boolean futureBefore(Tokens tk, int t) {
    return futureBefore(tk, t, false);
  }

  /** {@link #futureBefore(Tokens, int)} for a weekday: the verbs that announce events count too. */
  static boolean futureBeforeWeekday(Tokens tk, int t) {
    return futureBefore(tk, t, true);
  }

  private static boolean futureBefore(Tokens tk, int t, boolean presentTense) {
    for (int k = t - 1; k >= Math.max(0, t - REACH); k--) {
      Word word = tk.word(k);
      if (tk.endsClause(k) || word == Cue.WAS || word == Cue.PERFECT) {
        return false;
      }
      boolean cue = word == Cue.FUTURE || word == Cue.PLANNED || presentTense && word == Cue.ANNOUNCING
          || word == RelativeDay.TOMORROW || word == RelativeDay.TOMORROW_NOUN
          || word == null && tk.isWord(k) && futureVerb(tk, k);
      if (cue) {
        return !afterWas(tk, k);
      }
      if (tk.newlineBefore(k)) {
        return false;
      }
    }
    return false;
  }

  /** True when كان stands right before the cue at {@code k} (or before the من of "من المقرر"). */
  private static boolean afterWas(Tokens tk, int k) {
    int before = tk.isWord(k - 1, "من") ? k - 2 : k - 1;
    return tk.is(before, Cue.WAS) || tk.is(before - 1, Cue.WAS);
  }

  /**
   * سيعقد، ستنطلق، سيتوجه, also after و/ف: س, then ي/ت/ن, then at least two letters; not a listed noun, nor one ending
   * in ة, the plural ات or the accusative ا ("سنتاً").
   */
  private static boolean futureVerb(Tokens tk, int k) {
    int skip = tk.letterAt(k, 0) == 'و' || tk.letterAt(k, 0) == 'ف' ? 1 : 0;
    char prefix = tk.letterAt(k, skip);
    char person = tk.letterAt(k, skip + 1);
    if (tk.length(k) - skip < 4 || prefix != 'س' || person != 'ي' && person != 'ت' && person != 'ن') {
      return false;
    }
    if (tk.endsWithTehMarbuta(k) || tk.endsWith(k, "ات") || tk.endsWith(k, "ا")) {
      return false;
    }
    for (String noun : NOT_VERBS) {
      if (skip == 0 ? tk.isWord(k, noun) : tk.endsWith(k, noun) && tk.length(k) == noun.length() + 1) {
        return false;
      }
    }
    return true;
  }
}
