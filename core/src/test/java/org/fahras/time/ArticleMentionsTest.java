package org.fahras.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleMentionsTest {
  private static final TemporalTagger TAGGER = new TemporalTagger();
  private static final String BODY = "تنسحب القوات بحلول أيلول 2025 كما قيل أمس";

  private static List<String> values(List<TemporalMention> mentions) {
    return mentions.stream().map(TemporalMention::isoValue).toList();
  }

  @Test
  void aDatedArticleResolvesRelativeTimesAgainstItsDay() {
    assertEquals(List.of("2025-09", "2024-09-23"), values(TAGGER.tagArticle(BODY, LocalDate.of(2024, 9, 24))));
  }

  @Test
  void anUndatedArticleKeepsOnlyAbsoluteTimes() {
    assertEquals(List.of("2025-09"), values(TAGGER.tagArticle(BODY, null)));
  }
}
