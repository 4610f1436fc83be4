package org.fahras.opensearch;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fahras.document.ArticleDates;
import org.fahras.internal.index.Schema;
import org.fahras.time.TemporalMention;
import org.fahras.time.TemporalTagger;
import org.opensearch.ingest.AbstractProcessor;
import org.opensearch.ingest.IngestDocument;
import org.opensearch.ingest.Processor;

/**
 * The ingest processor {@value #TYPE}: gives an article the two date fields the {@code fahras} query ranks by, as
 * fahras-core's indexer does.
 *
 * <ul>
 *   <li>{@code published}: an ISO date or date-time ({@code 2024-09-24}, {@code 2024-09-24T10:00:00Z}, read as the
 *       JSON Lines reader reads it) becomes its epoch day (a {@code long}); an epoch day stays;
 *       a missing or null one stays missing (an undated article).
 *   <li>{@code mentions}: the times the {@code body} mentions, found by fahras-core's {@link TemporalTagger} against
 *       the publication day, as {@code long_range} values {@code {"gte": first day, "lte": last day}}. An undated
 *       article keeps only absolute times: "yesterday" means nothing without a day to count from.
 * </ul>
 *
 * <p>Running it twice gives the same document. Thread-safe.
 */
public final class FahrasDatesProcessor extends AbstractProcessor {
  /** The processor's name in a pipeline. */
  public static final String TYPE = "fahras_dates";

  private static final TemporalTagger TAGGER = new TemporalTagger();

  private FahrasDatesProcessor(String tag, String description) {
    super(tag, description);
  }

  /** {@value #TYPE}. */
  @Override
  public String getType() {
    return TYPE;
  }

  /**
   * Sets {@code published} and {@code mentions} of {@code document}.
   *
   * @throws IllegalArgumentException when {@code published} is neither an ISO date (or date-time) nor a number
   */
  @Override
  public IngestDocument execute(IngestDocument document) {
    LocalDate published = publishedDay(document.getFieldValue(Schema.PUBLISHED, Object.class, true));
    if (published != null) {
      document.setFieldValue(Schema.PUBLISHED, published.toEpochDay());
    }
    String body = document.getFieldValue(Schema.BODY, String.class, true);
    List<Map<String, Object>> ranges = new ArrayList<>();
    if (body != null) {
      for (TemporalMention mention : TAGGER.tagArticle(body, published)) {
        // long_range bounds are inclusive: the last day is the day before "until".
        ranges.add(Map.of("gte", mention.from().toEpochDay(), "lte", mention.until().toEpochDay() - 1));
      }
    }
    document.setFieldValue(Schema.MENTIONS, ranges);
    return document;
  }

  private static LocalDate publishedDay(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Number day) {
      return LocalDate.ofEpochDay(day.longValue());
    }
    try {
      return ArticleDates.parse(value.toString().strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "[" + TYPE + "] field [" + Schema.PUBLISHED + "] must be an ISO date or date-time like 2024-09-24 or 2024-09-24T10:00:00Z, or an epoch day, got ["
              + value + "]",
          e);
    }
  }

  /** Makes the processor; it takes no options besides the common {@code tag} and {@code description}. */
  public static final class Factory implements Processor.Factory {
    /** Created once by the plugin. */
    public Factory() {}

    /** A processor; {@code config} must be empty. */
    @Override
    public Processor create(
        Map<String, Processor.Factory> processors, String tag, String description, Map<String, Object> config) {
      if (!config.isEmpty()) {
        throw new IllegalArgumentException("[" + TYPE + "] takes no options, got " + config.keySet());
      }
      return new FahrasDatesProcessor(tag, description);
    }
  }
}
