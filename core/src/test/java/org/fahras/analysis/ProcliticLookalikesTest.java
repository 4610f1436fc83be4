package org.fahras.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcliticLookalikesTest {

  private static List<String> derivedFrom(String... texts) {
    ProcliticLookalikes.Deriver deriver = new ProcliticLookalikes.Deriver();
    for (String text : texts) {
      deriver.add(text);
    }
    return deriver.lookalikes();
  }

  private static String times(int n, String words) {
    return (words + " ").repeat(n);
  }

  @Test
  void theArticleOrARareRemainderMarksALookalike() {
    List<String> found =
        derivedFrom(
            times(5, "وزير") + times(3, "الوزير"), // the article attaches: و is the word's own
            times(4, "بيروت"), // يروت is never written alone
            times(5, "وقال") + times(20, "قال"), // a real conjunction before a common word
            times(5, "لتشكيل") + times(9, "تشكيل"));
    assertEquals(List.of("بيروت", "وزير"), found);
  }

  @Test
  void rareWordsAndRareArticleFormsDoNotQualify() {
    // Seen twice only; and an article form under 2% of a common word's count is noise, not evidence.
    List<String> found = derivedFrom(times(2, "برنامج"), times(200, "واكد") + times(3, "الواكد") + times(100, "اكد"));
    assertEquals(List.of(), found);
  }

  @Test
  void formsAreCountedAsTheStemmerSeesThem() {
    // Normalized (أ, ة) and without suffixes: بريطانيا and بريطانية count as بريطاني; prefixed forms do not count.
    List<String> found = derivedFrom("بريطانيا بريطانية بريطاني وبريطانيا لأحمد");
    assertEquals(List.of("بريطاني"), found);
  }

  @Test
  void theShippedListHoldsCommonNewsWords() {
    List<String> lookalikes = List.of("وزير", "وجود", "برنامج", "بيروت", "لبنان", "واشنطن", "بغداد", "فيلم", "فريق", "فرنس");
    for (String word : lookalikes) {
      char[] chars = word.toCharArray();
      assertTrue(ProcliticLookalikes.contains(chars, 0, chars.length), word);
    }
    char[] said = "وقال".toCharArray();
    assertFalse(ProcliticLookalikes.contains(said, 0, said.length));
  }
}
