package org.fahras.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date-aware part of a hit's score: recency plus temporal intent, added to the text (BM25) score.
 *
 * <p>All dates are whole days since 1970-01-01 ("epoch days"), the unit the index stores {@code published} in.
 *
 * <ul>
 *   <li><b>Recency</b> {@code = recencyWeight · H / (H + |asOf − published|)}: {@code recencyWeight} for an article of
 *       the as-of day, half of it one half-life {@code H} away, in either direction (an article dated after the
 *       as-of day, as when searching a past as-of, decays like an older one). A half-life of 0 turns recency off.
 *   <li><b>Temporal intent</b>, when the query names a time {@code [from, until)}: {@code intentWeight} for an article
 *       published inside it, falling off as {@code L / (L + 3·distance)} outside it ({@code L} = the interval's length
 *       in days, distance in days to its nearest edge), or {@code mentionWeight} if its body mentions a time inside
 *       the interval, whichever is larger. A mention counts for an article published at most {@value
 *       #MENTION_LEAD_DAYS} days before the interval, or any time after its start: news about a time is written
 *       around it or after it, and what an article said of it years ahead (a plan's target year, a forecast) is not
 *       news about it. This also keeps queries that name a time cheap: on an index sorted newest first, once the scan
 *       reaches articles published before {@code from − MENTION_LEAD_DAYS}, no later article can gain by a mention,
 *       so the text threshold rises by the mention weight there (the README's "Where Fahras is slow" has the
 *       figures).
 *   <li><b>Undated articles</b> are neither boosted nor buried: they get the recency of an article one half-life old
 *       (half the weight) and no published-date intent (a mention still counts).
 * </ul>
 *
 * <p>Every part is a function of the publication date that rises to one peak and falls on both sides of it. That is
 * what lets {@link DateAwareQuery} bound the best date score any older article can still get: see
 * {@link #bestScoreOnOrBefore}. Instances are immutable and thread-safe.
 */
final class DateAwareRanking {
  /** Ranking by text alone: no recency, no intent. */
  public static final DateAwareRanking NONE = new DateAwareRanking(0, 0, 0, null, 0, 0);

  private static final double INTENT_FALLOFF = 3.0;

  /** How many days before the asked time an article may be published for its mention of that time to count. */
  public static final long MENTION_LEAD_DAYS = 365;

  private final long asOfDay;
  private final double halfLifeDays;
  private final double recencyWeight;
  private final DayInterval intent;
  private final double intentWeight;
  private final double mentionWeight;

  private DateAwareRanking(
      long asOfDay,
      double halfLifeDays,
      double recencyWeight,
      DayInterval intent,
      double intentWeight,
      double mentionWeight) {
    this.asOfDay = asOfDay;
    this.halfLifeDays = halfLifeDays;
    this.recencyWeight = halfLifeDays > 0 ? recencyWeight : 0;
    this.intent = intent;
    this.intentWeight = intent == null ? 0 : intentWeight;
    this.mentionWeight = intent == null ? 0 : mentionWeight;
  }

  /**
   * A ranking with recency measured from {@code asOf}.
   *
   * @param asOf the day "now" is, for recency
   * @param halfLifeDays the age at which recency has fallen to half its weight; 0 turns recency off
   * @param recencyWeight the recency score of an article of the as-of day, in BM25 units
   */
  public static DateAwareRanking recency(LocalDate asOf, double halfLifeDays, double recencyWeight) {
    Objects.requireNonNull(asOf, "asOf");
    requireFinite(halfLifeDays, "halfLifeDays");
    requireFinite(recencyWeight, "recencyWeight");
    return new DateAwareRanking(asOf.toEpochDay(), halfLifeDays, recencyWeight, null, 0, 0);
  }

  /**
   * This ranking plus a temporal intent for {@code [from, until)}.
   *
   * @param intentWeight the boost of an article published inside the interval
   * @param mentionWeight the boost of an article whose body mentions a time inside the interval
   */
  public DateAwareRanking withIntent(
      LocalDate from, LocalDate until, double intentWeight, double mentionWeight) {
    requireFinite(intentWeight, "intentWeight");
    requireFinite(mentionWeight, "mentionWeight");
    return new DateAwareRanking(
        asOfDay,
        halfLifeDays,
        recencyWeight,
        new DayInterval(from.toEpochDay(), until.toEpochDay()),
        intentWeight,
        mentionWeight);
  }

  /** This ranking with every weight multiplied by {@code factor} (a finite number >= 0). */
  public DateAwareRanking scaledBy(double factor) {
    requireFinite(factor, "factor");
    return new DateAwareRanking(
        asOfDay, halfLifeDays, recencyWeight * factor, intent, intentWeight * factor, mentionWeight * factor);
  }

  /** True when no part of the date score can be non-zero: the text score alone ranks. */
  public boolean isTextOnly() {
    return recencyWeight == 0 && intentWeight == 0 && mentionWeight == 0;
  }

  /** The temporal intent, or null. */
  public DayInterval intent() {
    return intent;
  }

  /** True when a mention of the intent's time can add to the score. */
  public boolean usesMentions() {
    return mentionWeight > 0;
  }

  /** Recency of an article published on {@code day}. */
  public double recency(long day) {
    if (recencyWeight == 0) {
      return 0;
    }
    return recencyWeight * halfLifeDays / (halfLifeDays + Math.abs(asOfDay - day));
  }

  /** Recency of an undated article: that of one a half-life old. */
  public double undatedRecency() {
    return recencyWeight / 2;
  }

  /** Intent score of an article published on {@code day}, ignoring mentions. */
  public double publishedIntent(long day) {
    if (intentWeight == 0) {
      return 0;
    }
    long distance = intent.distance(day);
    if (distance == 0) {
      return intentWeight;
    }
    double length = intent.length();
    return intentWeight * length / (length + INTENT_FALLOFF * distance);
  }

  /**
   * The whole date score of a dated article.
   *
   * @param mentionsIntent whether its body mentions a time inside the intent's interval (it counts only when the
   *     article was published at most {@value #MENTION_LEAD_DAYS} days before the interval, or later)
   */
  public double score(long day, boolean mentionsIntent) {
    return recency(day) + Math.max(publishedIntent(day), mentionsIntent && mentionCounts(day) ? mentionWeight : 0);
  }

  /** True when a mention of the intent's time counts for an article published on {@code day}. */
  private boolean mentionCounts(long day) {
    return mentionWeight > 0 && day >= intent.from() - MENTION_LEAD_DAYS;
  }

  /** The whole date score of an undated article: any mention of the intent's time counts (its date is unknown). */
  public double undatedScore(boolean mentionsIntent) {
    return undatedRecency() + (mentionsIntent ? mentionWeight : 0);
  }

  /**
   * An upper bound of {@link #score} over every article published on or before {@code day}. Exact for the
   * published-date parts (each part peaks once, so the maximum over {@code x <= day} is the peak when {@code day} is
   * past it, else the value at {@code day}).
   *
   * <p>Mentions count only from {@value #MENTION_LEAD_DAYS} days before the interval on, so before that day the bound has
   * no mention part.
   *
   * @param mentionPossible whether any of those articles may mention the intent's time
   */
  public double bestScoreOnOrBefore(long day, boolean mentionPossible) {
    double recencyBound = recencyWeight == 0 ? 0 : day >= asOfDay ? recencyWeight : recency(day);
    double intentBound =
        intentWeight == 0 ? 0 : day >= intent.from() ? intentWeight : publishedIntent(day);
    return recencyBound + Math.max(intentBound, mentionPossible && mentionCounts(day) ? mentionWeight : 0);
  }

  /** The largest date score any article can get: the bound before the first one. */
  public double bestScore() {
    return recencyWeight + Math.max(intentWeight, mentionWeight);
  }

  private static void requireFinite(double value, String name) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DateAwareRanking that
        && asOfDay == that.asOfDay
        && Double.compare(halfLifeDays, that.halfLifeDays) == 0
        && Double.compare(recencyWeight, that.recencyWeight) == 0
        && Objects.equals(intent, that.intent)
        && Double.compare(intentWeight, that.intentWeight) == 0
        && Double.compare(mentionWeight, that.mentionWeight) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOfDay, halfLifeDays, recencyWeight, intent, intentWeight, mentionWeight);
  }

  @Override
  public String toString() {
    return "DateAwareRanking[asOfDay="
        + asOfDay
        + ", halfLifeDays="
        + halfLifeDays
        + ", recencyWeight="
        + recencyWeight
        + ", intent="
        + intent
        + ", intentWeight="
        + intentWeight
        + ", mentionWeight="
        + mentionWeight
        + "]";
  }

  /**
   * A half-open interval of epoch days {@code [from, until)}.
   *
   * @param from first day inside
   * @param until first day after
   */
  public record DayInterval(long from, long until) {
    /** Checks that the interval holds at least one day. */
    public DayInterval {
      if (until <= from) {
        throw new IllegalArgumentException("empty interval [" + from + ", " + until + ")");
      }
    }

    /** Days in the interval. */
    public long length() {
      return until - from;
    }

    /** Days from {@code day} to the interval (0 inside). */
    public long distance(long day) {
      return day < from ? from - day : day >= until ? day - (until - 1) : 0;
    }
  }
}
