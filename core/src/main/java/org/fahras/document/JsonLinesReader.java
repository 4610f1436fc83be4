package org.fahras.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Reads articles from a JSON Lines file, one JSON object per line, plain or gzip-compressed (detected from the
 * content, so {@code .jsonl} and {@code .jsonl.gz} both work whatever the name says).
 *
 * <p>Fields (all others, such as {@code abstract} or {@code datetime_raw}, are ignored):
 *
 * <ul>
 *   <li>{@code id}: a non-empty string, or an integer (its decimal text); required.
 *   <li>{@code title}, {@code text} (or {@code body}; {@code text} wins when both are present), {@code source},
 *       {@code url}, {@code category}: strings or null. A blank source, URL or category means unknown.
 *   <li>{@code published} (or {@code date}; {@code published} wins): an ISO date or date-time string, or null or
 *       blank for an unknown date (see {@link ArticleDates} for the forms accepted).
 * </ul>
 *
 * <p>Each line is checked alone, so a bad line is rejected with its exact line number and the next line is read
 * normally: the stream is split on {@code '\n'} at the byte level and each line is validated as strict UTF-8, then
 * parsed by Jackson's streaming parser straight from the bytes. A line is rejected for: invalid UTF-8 (never replaced
 * silently); malformed JSON or trailing data after the object; a value that is not an object; a missing or empty id;
 * a field of the wrong type (a number or object where a string belongs); no title and no text (a title with an empty
 * text is a valid article); and a line longer than the configured maximum. Empty or blank lines are ignored, neither
 * read nor rejected (editors and {@code cat} leave them).
 *
 * <p>A date that is present but impossible or not a date ({@code "2024-13-45"}, {@code "yesterday"}) follows the
 * {@link DatePolicy}: by default the article is kept undated and a {@link ReadWarning} names the line, the field and
 * the value, so a typo in a date never costs an article; {@link DatePolicy#REJECT} rejects the record instead
 * ({@code invalid date}), for pipelines where a visibly wrong date means the record cannot be trusted.
 *
 * <p>Duplicate ids are delivered as they come, without a warning: the index updates by id, so the later record
 * wins, as re-indexing an updated feed should. Detecting them here would cost memory proportional to the input.
 *
 * <p>Memory is bounded by the longest line (up to {@code maxLineBytes}), whatever the file size. Immutable and
 * thread-safe.
 */
public final class JsonLinesReader implements ArticleReader {

  /** The longest line read by default: 256 MiB, far above any real article and far below the heap of a server. */
  public static final int DEFAULT_MAX_LINE_BYTES = 256 << 20;

  private static final int MAX_QUOTED_VALUE = 40;

  private final int maxLineBytes;
  private final DatePolicy dates;
  private final JsonFactory json;

  /** A reader for lines up to {@link #DEFAULT_MAX_LINE_BYTES} that keeps articles with a bad date undated. */
  public JsonLinesReader() {
    this(DEFAULT_MAX_LINE_BYTES, DatePolicy.KEEP_UNDATED);
  }

  /**
   * A reader for lines up to {@code maxLineBytes} bytes; a longer line is rejected ({@code line too long}) without
   * being held in memory. Articles with a bad date are kept undated.
   */
  public JsonLinesReader(int maxLineBytes) {
    this(maxLineBytes, DatePolicy.KEEP_UNDATED);
  }

  /**
   * A reader for lines up to {@code maxLineBytes} bytes that treats bad dates as {@code dates} says.
   *
   * @param maxLineBytes the longest line read; a longer line is rejected ({@code line too long})
   * @param dates what to do with a record whose date cannot be read
   */
  public JsonLinesReader(int maxLineBytes, DatePolicy dates) {
    this.dates = Objects.requireNonNull(dates, "dates");
    if (maxLineBytes < 1 || maxLineBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxLineBytes must be in [1, " + (Integer.MAX_VALUE - 16) + "]: " + maxLineBytes);
    }
    this.maxLineBytes = maxLineBytes;
    // Jackson caps strings at 20 million characters by default; our own line limit is the cap that matters.
    this.json =
        JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxLineBytes).build())
            .build();
  }

  @Override
  public ReadSummary read(Path input, ReadListener listener) throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(listener, "listener");
    String file = input.toString();
    long read = 0;
    long rejected = 0;
    long warnings = 0;
    try (InputStream in = decompressed(Files.newInputStream(input))) {
      ByteLines lines = new ByteLines(in, maxLineBytes);
      try {
        while (lines.next()) {
          if (lines.tooLong()) {
            rejected++;
            listener.rejected(
                new Rejection(file, lines.number(), "line too long: more than " + maxLineBytes + " bytes"));
            continue;
          }
          byte[] bytes = lines.array();
          int offset = lines.offset();
          int end = offset + lines.length();
          if (lines.number() == 1 && startsWithByteOrderMark(bytes, offset, end)) {
            offset += 3;
          }
          if (isBlank(bytes, offset, end)) {
            continue;
          }
          Fields fields;
          Article article;
          try {
            fields = parse(bytes, offset, end);
            article = fields.toArticle(dates);
          } catch (BadRecord bad) {
            rejected++;
            listener.rejected(new Rejection(file, lines.number(), bad.getMessage()));
            continue;
          }
          if (fields.badDate != null) {
            warnings++;
            listener.warning(fields.badDate.warning(file, lines.number()));
          }
          read++;
          listener.article(article);
        }
      } catch (IOException e) {
        throw new IOException(file + ": cannot read past line " + lines.number() + ": " + e.getMessage(), e);
      }
    }
    return new ReadSummary(read, rejected, 0, warnings);
  }

  /** Wraps {@code raw} in a gzip decoder when it starts with the gzip magic number. */
  private static InputStream decompressed(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    if (first == 0x1F && second == 0x8B) {
      return new GZIPInputStream(in, 1 << 16);
    }
    return in;
  }

  private static boolean startsWithByteOrderMark(byte[] b, int from, int to) {
    return to - from >= 3 && (b[from] & 0xFF) == 0xEF && (b[from + 1] & 0xFF) == 0xBB && (b[from + 2] & 0xFF) == 0xBF;
  }

  private static boolean isBlank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  private Fields parse(byte[] bytes, int from, int to) throws BadRecord {
    int invalid = Utf8.firstInvalid(bytes, from, to);
    if (invalid >= 0) {
      throw new BadRecord(
          String.format(
              Locale.ROOT, "invalid UTF-8: byte 0x%02X at byte %d of the line", bytes[invalid] & 0xFF,
              invalid - from + 1));
    }
    try (JsonParser parser = json.createParser(bytes, from, to - from)) {
      return parseObject(parser);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String column = where == null ? "" : " (column " + where.getColumnNr() + ")";
      throw new BadRecord("malformed JSON: " + e.getOriginalMessage() + column);
    } catch (IOException e) {
      // Parsing a byte array does no I/O; anything else Jackson throws is about the content.
      throw new BadRecord("malformed JSON: " + e.getMessage());
    }
  }

  private static Fields parseObject(JsonParser parser) throws IOException, BadRecord {
    JsonToken token = parser.nextToken();
    if (token != JsonToken.START_OBJECT) {
      throw new BadRecord("not an object: the line holds " + describe(token));
    }
    Fields fields = new Fields();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (name) {
        case "id" -> fields.id = idOf(parser, value);
        case "title" -> fields.title = stringOf(parser, value, name);
        case "text" -> fields.text = stringOf(parser, value, name);
        case "body" -> fields.body = stringOf(parser, value, name);
        case "published" -> fields.published = stringOf(parser, value, name);
        case "date" -> fields.date = stringOf(parser, value, name);
        case "source" -> fields.source = stringOf(parser, value, name);
        case "url" -> fields.url = stringOf(parser, value, name);
        case "category" -> fields.category = stringOf(parser, value, name);
        default -> parser.skipChildren();
      }
    }
    if (parser.nextToken() != null) {
      throw new BadRecord("malformed JSON: more than one value on the line");
    }
    return fields;
  }

  private static String idOf(JsonParser parser, JsonToken value) throws IOException, BadRecord {
    if (value == JsonToken.VALUE_NUMBER_INT) {
      return parser.getText();
    }
    if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NULL) {
      return stringOf(parser, value, "id");
    }
    throw new BadRecord("wrong type: field 'id' must be a string or an integer, found " + describe(value));
  }

  private static String stringOf(JsonParser parser, JsonToken value, String field) throws IOException, BadRecord {
    if (value == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    throw new BadRecord("wrong type: field '" + field + "' must be a string or null, found " + describe(value));
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }

  /** The fields of one line as read, before they are checked together. */
  private static final class Fields {
    String id;
    String title;
    String text;
    String body;
    String published;
    String date;
    String source;
    String url;
    String category;
    /** The date left out under {@link DatePolicy#KEEP_UNDATED}, once {@link #toArticle} ran; null when none. */
    BadDate badDate;

    Article toArticle(DatePolicy policy) throws BadRecord {
      if (id == null) {
        throw new BadRecord("missing id: no 'id' field, or it is null");
      }
      if (id.isBlank()) {
        throw new BadRecord("missing id: 'id' is empty");
      }
      LocalDate day = null;
      String field = published != null ? "published" : date != null ? "date" : null;
      String value = published != null ? published : date;
      try {
        day = field == null ? null : dateOf(value);
      } catch (DateTimeParseException e) {
        badDate = new BadDate(field, shorten(value));
        if (policy == DatePolicy.REJECT) {
          throw new BadRecord(badDate.reason());
        }
      }
      try {
        return Article.builder(id)
            .title(title == null ? "" : title)
            .body(text != null ? text : body != null ? body : "")
            .source(known(source))
            .url(known(url))
            .category(known(category))
            .published(day)
            .build();
      } catch (IllegalArgumentException e) {
        throw new BadRecord(e.getMessage());
      }
    }

    /** The day {@code value} names; null when it is blank (unknown). */
    private static LocalDate dateOf(String value) {
      return value.isBlank() ? null : ArticleDates.parse(value.strip());
    }

    private static String shorten(String value) {
      return value.length() > MAX_QUOTED_VALUE ? value.substring(0, MAX_QUOTED_VALUE) + "…" : value;
    }

    private static String known(String value) {
      return value == null || value.isBlank() ? null : value.strip();
    }
  }

  /** A date field that is present but not a date, and its value as shown in messages. */
  private record BadDate(String field, String value) {
    String reason() {
      return "invalid date: field '" + field + "' has \"" + value + "\"";
    }

    ReadWarning warning(String file, long line) {
      return new ReadWarning(file, line, field, value, reason() + "; the article is kept undated");
    }
  }

  /** A line that cannot become an article; the message is the rejection reason. Cheap: no stack trace. */
  private static final class BadRecord extends Exception {
    private static final long serialVersionUID = 1L;

    BadRecord(String reason) {
      super(reason, null, false, false);
    }
  }
}
