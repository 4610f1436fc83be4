package org.fahras.analysis;

/**
 * A light stemmer for normalized Arabic (run {@link ArabicNormalizer} first: it expects ا for أ/إ/آ, ه for ة, ي for ى),
 * working in place on a {@code char[]}. It removes affixes, never reconstructs roots, and guards every removal with
 * the length of what remains, because over-stemming merges unrelated words (المهيمن must not lose its ن, على must not
 * lose its ي).
 *
 * <p>It follows the structure of Larkey, Ballesteros and Connell's light10 ("Light Stemming for Arabic Information
 * Retrieval", 2007): first the conjunction و, then the article family, then suffixes right to left, each step at most
 * once. Where this class differs from light10, it says why:
 *
 * <ol>
 *   <li><b>Era marks</b>: a number followed by م or ه (ميلادي, هجري), as in ٢٠٢٤م, loses the mark, so it meets 2024.
 *   <li><b>Article chains</b>: ال, with an optional preposition ب/ك/ل before it (بال, كال; ل+ال is written لل), and an
 *       optional conjunction و/ف before that (وبال, فبال, وال, فلل): removed when at least 2 letters remain (light10's
 *       guard). light10 knows only ال وال بال كال فال لل, so وبالكتاب kept its بال.
 *   <li><b>Future</b> س before an imperfect verb (س followed by ي, ت or ن), after an optional conjunction: removed when
 *       at least 4 letters remain and the word does not end like a noun (ه from ة, or ات): سيقام becomes يقام, سياسة
 *       keeps its س.
 *   <li><b>Bare proclitics</b> (no article follows): the conjunction و when at least 3 letters remain once the
 *       suffixes are gone too (light10 counts before removing suffixes, which turns وضعها into ضع); then a preposition
 *       ب/ل/ك when at least 4 remain (لتشكيل → تشكيل, while كتاب and بسبب keep their first letter; light10 leaves
 *       bare prepositions alone). The conjunction ف goes as و does (فقال → قال; light10 leaves it). Words whose
 *       first letter only looks like one of these (وزير, وجود, برنامج, بيروت, لبنان, فيلم, فريق, فرنسا) keep it: see
 *       {@link ProcliticLookalikes}. light10 turns وزير into زير but الوزير into وزير, so the two never met; and
 *       without the list a bare ف is too often the word's own letter to remove.
 *   <li><b>Pronoun suffix</b>, one of هما كما هم هن كم كن ها نا ه: removed when at least 3 letters remain (light10
 *       removes only ها and ه). If the stem then ends in ت (a ة written open before a pronoun, or a verb's subject
 *       marker) and at least 3 letters remain without it, the ت goes too: ولادته and ولادة meet.
 *   <li><b>One more suffix</b>: ات (at least 2 letters remain, light10's guard); ون ين (at least 4: sound plurals are
 *       built on participles of four letters or more, while قانون مليون امين are not plurals); ان (at least 5: the dual
 *       is rarer in text than names like سودان ايران برلمان); وا (past plural, at least 3); a final ا (the accusative
 *       tanween alef of عاما, يوميا; at least 3); a verb's subject marker ت (قالت, at least 3, not after و or ي, which
 *       end nouns such as بيروت and كويت); ه (from ة, at least 2).
 *   <li><b>Final ي is kept</b>, unlike light10, which removes ي, يه and ية: in news text it is far more often the nisba
 *       ending (عربي, مصرية → مصري) or part of the word (على, لدى, مستشفى) than the pronoun "my".
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class ArabicLightStemmer {

  private static final char ALEF = '\u0627';
  private static final char BEH = '\u0628';
  private static final char TEH = '\u062A';
  private static final char SEEN = '\u0633';
  private static final char FEH = '\u0641';
  private static final char KAF = '\u0643';
  private static final char LAM = '\u0644';
  private static final char MEEM = '\u0645';
  private static final char NOON = '\u0646';
  private static final char HEH = '\u0647';
  private static final char WAW = '\u0648';
  private static final char YEH = '\u064A';

  /** Pronoun suffixes, longest first so هما wins over ما-less forms. */
  private static final char[][] PRONOUNS = {
    {HEH, MEEM, ALEF}, {KAF, MEEM, ALEF}, {HEH, MEEM}, {HEH, NOON}, {KAF, MEEM}, {KAF, NOON}, {HEH, ALEF},
    {NOON, ALEF}, {HEH}
  };

  private static final int MIN_AFTER_ARTICLE = 2;
  private static final int MIN_AFTER_BARE_WAW = 3;
  private static final int MIN_AFTER_BARE_PREPOSITION = 4;
  private static final int MIN_AFTER_FUTURE = 4;
  private static final int MIN_AFTER_PRONOUN = 3;
  private static final int MIN_AFTER_OPEN_TEH = 3;
  private static final int MIN_AFTER_SUBJECT_TEH = 3;
  private static final int MIN_AFTER_FEMININE_PLURAL = 2;
  private static final int MIN_AFTER_MASCULINE_PLURAL = 4;
  private static final int MIN_AFTER_DUAL = 5;
  private static final int MIN_AFTER_VERB_PLURAL = 3;
  private static final int MIN_AFTER_TEH_MARBUTA = 2;
  private static final int MIN_AFTER_ACCUSATIVE_ALEF = 3;

  private ArabicLightStemmer() {}

  /**
   * Stems {@code s[0..len)} in place.
   *
   * @return the stem's length; the stem is in {@code s[0..return)}
   */
  public static int stem(char[] s, int len) {
    if (isDatedNumber(s, len)) {
      return len - 1;
    }
    int start = prefixEnd(s, len);
    int end;
    if (start > 0) {
      end = suffixStart(s, start, len);
    } else {
      // Suffixes first, on the whole word, then a bare proclitic on what they leave: removing ل must not make لاعبون
      // too short to lose its ون.
      end = suffixStart(s, 0, len);
      start = bareProcliticsEnd(s, end);
    }
    if (start > 0) {
      System.arraycopy(s, start, s, 0, end - start);
    }
    return end - start;
  }

  /** Rule 1: ASCII digits then one era mark. */
  private static boolean isDatedNumber(char[] s, int len) {
    if (len < 2 || (s[len - 1] != MEEM && s[len - 1] != HEH)) {
      return false;
    }
    for (int i = 0; i < len - 1; i++) {
      if (s[i] < '0' || s[i] > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Rules 2–3: where the stem starts when an article chain or a future prefix is there, else 0. Package-private for
   * {@link ProcliticLookalikes.Deriver}, which must read words as the stemmer does.
   */
  static int prefixEnd(char[] s, int len) {
    int afterConjunction = len > 0 && (s[0] == WAW || s[0] == FEH) ? 1 : 0;
    int article = articleEnd(s, afterConjunction, len);
    if (article >= 0 && len - article >= MIN_AFTER_ARTICLE) {
      return article;
    }
    int future = futureEnd(s, afterConjunction, len);
    return Math.max(future, 0);
  }

  /**
   * Rule 4: the bare conjunction و/ف and the bare preposition ب/ل/ك (no article after them), each removed only if enough is left
   * before {@code end}, where the suffixes begin: وضعها is وضع+ها, not و+ضع; بسبب keeps its ب, لتشكيل loses its ل.
   * A word that only looks as if it began with one of them keeps its letter ({@link ProcliticLookalikes}: وزير,
   * برنامج, بيروت), and so does what is left once a real one is gone (ولبنان → لبنان).
   */
  private static int bareProcliticsEnd(char[] s, int end) {
    int start = 0;
    // The letter is tested first: the look-alike list is consulted only for a word that has the shape.
    if (end > 0 && (s[0] == WAW || s[0] == FEH) && bareProcliticAt(s, 0, end)) {
      start++;
    }
    if (start < end && s[start] != WAW && s[start] != FEH && bareProcliticAt(s, start, end)) {
      start++;
    }
    return start;
  }

  /** True when {@code s[at]} is removed as a bare proclitic from the word {@code s[at..end)}. */
  private static boolean bareProcliticAt(char[] s, int at, int end) {
    return looksLikeBareProclitic(s, at, end) && !ProcliticLookalikes.contains(s, at, end - at);
  }

  /**
   * True when {@code s[at]} has the shape of a bare proclitic of the word {@code s[at..end)}: و or ف at the word's
   * start, or ب/ل/ك, with enough letters left after it.
   */
  static boolean looksLikeBareProclitic(char[] s, int at, int end) {
    if (at >= end - 1) {
      return false;
    }
    char first = s[at];
    return first == WAW || first == FEH
        ? at == 0 && end - 1 >= MIN_AFTER_BARE_WAW
        : (first == BEH || first == LAM || first == KAF) && end - (at + 1) >= MIN_AFTER_BARE_PREPOSITION;
  }

  /** The end of an article (ال, بال, كال, لل) starting at {@code from}, or -1. */
  private static int articleEnd(char[] s, int from, int len) {
    if (from + 2 <= len && s[from] == ALEF && s[from + 1] == LAM) {
      return from + 2;
    }
    if (from + 3 <= len && (s[from] == BEH || s[from] == KAF) && s[from + 1] == ALEF && s[from + 2] == LAM) {
      return from + 3;
    }
    if (from + 2 <= len && s[from] == LAM && s[from + 1] == LAM) {
      return from + 2;
    }
    return -1;
  }

  /** The end of a future س at {@code from} before an imperfect verb, or -1. */
  private static int futureEnd(char[] s, int from, int len) {
    if (from + 2 > len || s[from] != SEEN) {
      return -1;
    }
    char next = s[from + 1];
    boolean imperfect = next == YEH || next == TEH || next == NOON;
    boolean nounEnding = s[len - 1] == HEH || (s[len - 1] == TEH && s[len - 2] == ALEF);
    return imperfect && !nounEnding && len - from - 1 >= MIN_AFTER_FUTURE ? from + 1 : -1;
  }

  /** Rules 5–6: where the stem ends, given that it starts at {@code start} (package-private: see {@link #prefixEnd}). */
  static int suffixStart(char[] s, int start, int len) {
    if (len - start < 2) {
      return len;
    }
    int end = len;
    boolean pronounRemoved = false;
    for (char[] pronoun : PRONOUNS) {
      if (endsWith(s, start, end, pronoun) && end - pronoun.length - start >= MIN_AFTER_PRONOUN) {
        end -= pronoun.length;
        pronounRemoved = true;
        break;
      }
    }
    if (pronounRemoved) {
      if (s[end - 1] == TEH && s[end - 2] != ALEF && end - 1 - start >= MIN_AFTER_OPEN_TEH) {
        return end - 1;
      }
      if (s[end - 1] == HEH) {
        // A second ه would be the ة of a word whose pronoun was already taken: ه is removed once.
        return end;
      }
    }
    int stem = end - start;
    char last = s[end - 1];
    char beforeLast = stem >= 2 ? s[end - 2] : 0;
    if (last == TEH && beforeLast == ALEF) {
      return stem - 2 >= MIN_AFTER_FEMININE_PLURAL ? end - 2 : end;
    }
    if (last == NOON && (beforeLast == WAW || beforeLast == YEH)) {
      return stem - 2 >= MIN_AFTER_MASCULINE_PLURAL ? end - 2 : end;
    }
    if (last == NOON && beforeLast == ALEF) {
      return stem - 2 >= MIN_AFTER_DUAL ? end - 2 : end;
    }
    if (last == ALEF && beforeLast == WAW) {
      return stem - 2 >= MIN_AFTER_VERB_PLURAL ? end - 2 : end;
    }
    if (last == ALEF) {
      return stem - 1 >= MIN_AFTER_ACCUSATIVE_ALEF ? end - 1 : end;
    }
    if (last == TEH && beforeLast != WAW && beforeLast != YEH) {
      return stem - 1 >= MIN_AFTER_SUBJECT_TEH ? end - 1 : end;
    }
    if (last == HEH && !pronounRemoved) {
      return stem - 1 >= MIN_AFTER_TEH_MARBUTA ? end - 1 : end;
    }
    return end;
  }

  private static boolean endsWith(char[] s, int start, int end, char[] suffix) {
    if (end - start < suffix.length) {
      return false;
    }
    for (int i = 0; i < suffix.length; i++) {
      if (s[end - suffix.length + i] != suffix[i]) {
        return false;
      }
    }
    return true;
  }
}
