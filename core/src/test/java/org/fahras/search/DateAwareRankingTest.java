package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateAwareRankingTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
  private static final LocalDate FROM = LocalDate.of(2025, 9, 1);
  private static final DateAwareRanking RANKING =
      DateAwareRanking.recency(AS_OF, 30, 0.1).withIntent(FROM, LocalDate.of(2025, 10, 1), 0.25, 0.15);

  private static double mentionGain(LocalDate published) {
    long day = published.toEpochDay();
    return RANKING.score(day, true) - RANKING.score(day, false);
  }

  @Test
  void aMentionCountsFromAYearBeforeTheAskedTimeOn() {
    LocalDate firstCounted = FROM.minusDays(DateAwareRanking.MENTION_LEAD_DAYS);
    assertTrue(mentionGain(firstCounted) > 0.1, "published a year ahead: a mention counts");
    assertEquals(0, mentionGain(firstCounted.minusDays(1)), "published earlier: a mention adds nothing");
    assertEquals(0, mentionGain(LocalDate.of(2015, 6, 1)));
    assertTrue(mentionGain(LocalDate.of(2025, 12, 1)) > 0, "written after the asked time");
    assertEquals(0, mentionGain(LocalDate.of(2025, 9, 15)), "published inside it: the published intent is larger");
    assertEquals(0.15, RANKING.undatedScore(true) - RANKING.undatedScore(false), 1e-12, "undated: any mention counts");
  }

  @Test
  void theBoundBeforeTheLeadHasNoMentionPart() {
    long lastUncounted = FROM.minusDays(DateAwareRanking.MENTION_LEAD_DAYS + 1).toEpochDay();
    long firstCounted = lastUncounted + 1;
    assertEquals(
        RANKING.bestScoreOnOrBefore(lastUncounted, false), RANKING.bestScoreOnOrBefore(lastUncounted, true), 0);
    assertTrue(RANKING.bestScoreOnOrBefore(firstCounted, true) > RANKING.bestScoreOnOrBefore(firstCounted, false));
    // The bound holds: no article on or before a day scores above it, mention or not.
    for (long day = lastUncounted - 800; day <= AS_OF.toEpochDay() + 30; day += 7) {
      double bound = RANKING.bestScoreOnOrBefore(day, true);
      for (long earlier = day - 900; earlier <= day; earlier += 3) {
        assertTrue(RANKING.score(earlier, true) <= bound + 1e-12, earlier + " on or before " + day);
      }
    }
  }
}
