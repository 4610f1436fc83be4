package org.fahras.time;

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

  private static final String[] WAS = {"كان", "كانت", "كانوا", "وكان", "وكانت", "فكان"};

  /** Words that put what follows them in the past ("كان ترامب قد تعهد الخميس"): the search stops there. */
  private static final String[] PAST_MARKERS = {"كان", "كانت", "كانوا", "وكان", "وكانت", "قد", "وقد", "لقد", "فقد"};

  private static final String[] PLANNED = {"المقرر", "المقرره", "المنتظر", "المزمع", "المزمعه", "المرتقب",
    "المرتقبه", "المفترض", "المتوقع", "ينتظر", "يتوقع", "يرتقب", "يعتزم", "تعتزم", "يزمع", "تزمع", "ينوي", "تنوي"};

  /** Present-tense verbs that announce a scheduled event. */
  private static final String[] ANNOUNCING = {"يبدا", "تبدا", "ينطلق", "تنطلق", "يعقد", "تعقد", "يقام", "تقام",
    "يصل", "تصل", "يزور", "تزور", "يلتقي", "تلتقي", "يستضيف", "تستضيف", "يتوجه", "تتوجه", "يغادر", "تغادر", "يفتتح",
    "تفتتح", "يختتم", "تختتم", "ينتهي", "تنتهي", "يجتمع", "تجتمع", "يجري", "تجري", "ينظم", "تنظم", "يستانف",
    "تستانف", "يواجه", "تواجه", "يلعب", "تلعب", "يخوض", "تخوض", "يحل", "تحل", "يحتفل", "تحتفل"};

  /** Words that start like a future verb but are nouns or numbers. */
  private static final String[] NOT_VERBS = {"سياسي", "سياسيه", "سياسيين", "سياسيون", "سياحي", "سياحيه", "سيد",
    "سيدي", "سيده", "سيدات", "سيول", "سينما", "سيناء", "سيناريو", "سيتي", "ستين", "ستون", "ستمائه", "ستمئه", "ستار",
    "ستاد", "ستوديو", "ستالين", "سيراليون", "سنودن", "سيرين", "ستيفن", "ستيف", "سيف", "سير", "سيرا", "سيره", "سيم",
    "سيارات", "سياده", "سيطره", "سنويا", "سنوي", "سنويه", "سنين", "سنتين", "سنتيمتر", "سيدني", "سيلفا", "ستوكهولم",
    "سيئ", "سيئه", "سيبيريا", "سيسي", "سيمون", "ستانلي", "سيؤول", "سنت", "سنتات", "ستيفان", "سيريلانكا",
    "سيرغي", "ستوك", "سيلتا", "سيدو"};

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
      if (tk.endsClause(k) || tk.isAnyWord(k, PAST_MARKERS)) {
        return false;
      }
      if (isCue(tk, k, presentTense)) {
        return !past(tk, k);
      }
      if (tk.newlineBefore(k)) {
        return false;
      }
    }
    return false;
  }

  /** True when كان stands right before the cue at {@code k} (or before the من of "من المقرر"). */
  private static boolean past(Tokens tk, int k) {
    int before = tk.isWord(k - 1, "من") ? k - 2 : k - 1;
    return tk.isAnyWord(before, WAS) || tk.isAnyWord(before - 1, WAS);
  }

  private static boolean isCue(Tokens tk, int k, boolean presentTense) {
    if (!tk.isWord(k)) {
      return false;
    }
    Word word = tk.word(k);
    if (word == RelativeDay.TOMORROW || word == RelativeDay.TOMORROW_NOUN) {
      return true;
    }
    if (word != null) {
      return false;
    }
    if (tk.isWord(k, "سوف") || tk.isAnyWord(k, PLANNED)) {
      return true;
    }
    if (futureVerb(tk, k, 0) || (tk.startsWith(k, "و") || tk.startsWith(k, "ف")) && futureVerb(tk, k, 1)) {
      return true;
    }
    return presentTense && announcing(tk, k);
  }

  /**
   * سيعقد، ستنطلق، سيتوجه: س, then ي/ت/ن, then at least two letters; not a listed noun, nor one ending in ة, the
   * plural ات or the accusative ا ("سنتاً").
   */
  private static boolean futureVerb(Tokens tk, int k, int skip) {
    String prefix = skip == 0 ? "" : tk.startsWith(k, "و") ? "و" : "ف";
    if (tk.length(k) - skip < 4 || !tk.startsWith(k, prefix + "س")) {
      return false;
    }
    if (!tk.startsWith(k, prefix + "سي") && !tk.startsWith(k, prefix + "ست") && !tk.startsWith(k, prefix + "سن")) {
      return false;
    }
    if (tk.endsWithTehMarbuta(k) || tk.endsWith(k, "ات") || tk.endsWith(k, "ا")) {
      return false;
    }
    for (String noun : NOT_VERBS) {
      if (tk.isWord(k, noun) || skip > 0 && tk.isWord(k, prefix + noun)) {
        return false;
      }
    }
    return true;
  }

  private static boolean announcing(Tokens tk, int k) {
    for (String verb : ANNOUNCING) {
      if (tk.isWord(k, verb) || tk.isWord(k, "و" + verb) || tk.isWord(k, "ف" + verb)) {
        return true;
      }
    }
    return false;
  }
}
