package org.fahras.document;

import java.util.Set;

/**
 * The page furniture that scraped news pages leave around an article, as rules over single lines. Every rule compares
 * a line folded by {@link ArabicFold} (so hamza, ta marbuta, ya, tashkeel and spacing variants all match) with a
 * whole phrase, never a substring: a real paragraph that mentions "فيسبوك" or "اقرأ أيضا" is never touched.
 *
 * <p>A line is one of three kinds:
 *
 * <ul>
 *   <li>{@link Kind#END}: a marker after which the page only lists other things, so the rest of the file is cut.
 *       <ul>
 *         <li>related and latest headlines: "آخر الأخبار", "اقرأ أيضاً" (alone on its line), "مقالات مشابهة",
 *             "مقالات ذات صلة", "أخبار ذات صلة", "الأكثر قراءة", "يحدث الآن", "تحميل المزيد";
 *         <li>tag lists: "كلمات مفتاحية", "كلمات دلالية", "الكلمات المفتاحية", "الوسوم", with or without the tags on
 *             the same line;
 *         <li>the comment box: "انضم الى المحادثة", "التعليقات", "أضف تعليق".
 *       </ul>
 *   <li>{@link Kind#NOISE}: a line that is dropped alone.
 *       <ul>
 *         <li>font-size buttons: "+A -A", "A+ A-";
 *         <li>share and follow bars: every word a network, a share action or a filler word of such bars, and at least
 *             one network or share action ("facebook twitter whatsapp", "شارك على فيسبوك", "facebook-blank");
 *         <li>a related headline inline: "اقرأ أيضاً: …" with text after the colon (the article goes on after it);
 *         <li>the comment counter: "255 حرف متبقي";
 *         <li>the back-to-top link: "TOP", "إلى الأعلى";
 *         <li>a line of punctuation only (a separator).
 *       </ul>
 *   <li>{@link Kind#CONTENT}: anything else.
 * </ul>
 *
 * <p>Header lines (timestamps, bylines, breadcrumbs) are recognized by {@link HeaderLines}, because they are furniture
 * only above the article, not inside it.
 */
final class Boilerplate {

  /** What a line is, for the article. */
  enum Kind {
    /** Article text, or at least not known furniture. */
    CONTENT,
    /** Furniture to drop; the article goes on after it. */
    NOISE,
    /** A marker after which nothing belongs to the article. */
    END
  }

  private static final Set<String> END_MARKERS =
      Set.of(
          "اخر الاخبار",
          "اقرا ايضا",
          "مقالات مشابهه",
          "مقالات ذات صله",
          "اخبار ذات صله",
          "الاكثر قراءه",
          "يحدث الان",
          "تحميل المزيد",
          "انضم الي المحادثه",
          "التعليقات",
          "اضف تعليق");

  private static final String[] TAG_LABELS = {"كلمات مفتاحيه", "كلمات دلاليه", "الكلمات المفتاحيه", "الوسوم"};

  private static final String RELATED_LABEL = "اقرا ايضا";

  private static final Set<String> BACK_TO_TOP = Set.of("top", "الي الاعلي");

  /** Networks and share actions: a share bar names at least one. */
  private static final Set<String> NETWORKS =
      Set.of(
          "facebook", "twitter", "whatsapp", "telegram", "linkedin", "pinterest", "youtube", "rss", "instagram",
          "email", "print", "share", "tiktok", "snapchat", "فيسبوك", "تويتر", "واتساب", "تيليجرام", "تيليغرام",
          "تلغرام", "تليجرام", "انستغرام", "انستجرام", "يوتيوب", "لينكدان", "شارك", "مشاركه", "طباعه");

  /** Words that appear in share bars beside the networks ("شارك على", "فيس بوك", "البريد الالكتروني"). */
  private static final Set<String> SHARE_FILLER =
      Set.of("x", "فيس", "بوك", "واتس", "اب", "سناب", "شات", "تيك", "توك", "علي", "عبر", "البريد", "الالكتروني",
          "ارسال", "نسخ", "الرابط");

  private Boilerplate() {}

  /**
   * Classifies one line.
   *
   * @param folded the line folded by {@link ArabicFold#fold}, of a line that is not blank
   */
  static Kind classify(String folded) {
    if (folded.isEmpty()) {
      return Kind.NOISE; // only punctuation: a separator line
    }
    if (END_MARKERS.contains(folded) || isTagList(folded)) {
      return Kind.END;
    }
    if (folded.startsWith(RELATED_LABEL + ":")
        || isFontSizeButtons(folded)
        || isShareBar(folded)
        || isCommentCounter(folded)
        || BACK_TO_TOP.contains(folded)) {
      return Kind.NOISE;
    }
    return Kind.CONTENT;
  }

  private static boolean isTagList(String folded) {
    for (String label : TAG_LABELS) {
      if (folded.equals(label)
          || (folded.startsWith(label)
              && (folded.startsWith(":", label.length()) || folded.startsWith(" :", label.length())))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFontSizeButtons(String folded) {
    boolean signed = false;
    for (String word : folded.split(" ")) {
      if (!word.matches("[+-]?a[+-]?")) {
        return false;
      }
      signed |= word.length() > 1;
    }
    return signed; // "A" alone is a letter, not a button
  }

  private static boolean isShareBar(String folded) {
    boolean namesNetwork = false;
    for (String word : folded.split("[ ،,|/]+")) {
      String network = word.endsWith("-blank") ? word.substring(0, word.length() - "-blank".length()) : word;
      if (NETWORKS.contains(network)) {
        namesNetwork = true;
      } else if (!network.isEmpty() && !SHARE_FILLER.contains(network)) {
        return false;
      }
    }
    return namesNetwork;
  }

  private static boolean isCommentCounter(String folded) {
    return folded.matches("[0-9٠-٩]*\\s*حرف متبقي");
  }
}
