package org.fahras.document;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Parses the machine-written publication dates of structured input (JSON Lines), strictly: an ISO date
 * ({@code 2018-05-01}) or an ISO date-time with {@code 'T'} or a space before the time and an optional offset
 * ({@code 2018-05-01T10:00:00Z}, {@code 2018-05-01 10:00:00}, {@code 2018-05-01T10:00:00.250+03:00}).
 *
 * <p>The date is the calendar date as written: an offset is checked but not applied, because the date the outlet
 * printed is the one readers and queries refer to. Impossible dates ({@code 2024-13-45}, {@code 2023-02-29}) fail.
 * Dates in prose ("الأحد 5 أيار") are the temporal tagger's job, not this class's.
 *
 * <p>Public so that every way into an index (the JSON Lines reader, the OpenSearch ingest processor) reads dates alike.
 */
public final class ArticleDates {

  private static final DateTimeFormatter DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart()
          .appendOffsetId()
          .optionalEnd()
          .optionalEnd()
          .toFormatter(Locale.ROOT)
          .withChronology(IsoChronology.INSTANCE)
          .withResolverStyle(ResolverStyle.STRICT);

  private ArticleDates() {}

  /**
   * Parses {@code text} as described above.
   *
   * @throws DateTimeParseException if it is not such a date or date-time, or names an impossible date
   */
  public static LocalDate parse(String text) {
    String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
    TemporalAccessor parsed = DATE_TIME.parse(iso);
    return LocalDate.from(parsed);
  }
}
