package org.fahras.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TREC topic files ({@code <top> <num> Number: 401 <title> … </top>}); the query text is the title.
 *
 * <p>Tolerated variants, all seen in TREC ad hoc and web track topic files: tags in any case; {@code <num>} with or
 * without "Number:"; fields with or without closing tags; a title spanning several lines (whitespace is collapsed) and
 * prefixed "Topic:" (TREC 1–3); any other field ({@code <desc>}, {@code <narr>}, {@code <con>}…) is ignored.
 */
final class TrecTopics {

  private static final Pattern TAG = Pattern.compile("<\\s*(/?)\\s*([A-Za-z]+)\\s*>");
  private static final Pattern NUMBER_PREFIX = Pattern.compile("(?i)^number\\s*:\\s*");
  private static final Pattern TOPIC_PREFIX = Pattern.compile("(?i)^topic\\s*:\\s*");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final String content;
  private final String source;
  private final Map<String, String> titles = new LinkedHashMap<>();
  /** Line of the text scanned so far, advanced lazily to the offset asked about. */
  private int lineNumber = 1;
  private int lineCountedTo = 0;

  private int topLine = -1;
  private String num;
  private String title;
  private String field;
  private int fieldStart;
  private int fieldLine;

  private TrecTopics(String content, String source) {
    this.content = content;
    this.source = source;
  }

  /** Parses topic-file content into query id → title; {@code source} names it in error messages. */
  static Map<String, String> parse(String content, String source) throws EvalFileException {
    return new TrecTopics(content, source).parseAll();
  }

  private Map<String, String> parseAll() throws EvalFileException {
    Matcher tag = TAG.matcher(content);
    int textStart = 0;
    while (tag.find()) {
      int line = lineAt(tag.start());
      if (field != null) {
        endField(tag.start());
      } else if (!content.substring(textStart, tag.start()).isBlank()) {
        throw new EvalFileException(source, line, "text outside of any topic field");
      }
      textStart = tag.end();
      boolean closing = !tag.group(1).isEmpty();
      String name = tag.group(2).toLowerCase(Locale.ROOT);
      if (name.equals("top")) {
        if (closing) {
          endTopic(line);
        } else {
          startTopic(line);
        }
      } else if (topLine < 0) {
        throw new EvalFileException(source, line, "<" + tag.group(1) + tag.group(2) + "> outside of <top>");
      } else if (!closing) {
        field = name;
        fieldStart = tag.end();
        fieldLine = line;
      }
    }
    if (topLine >= 0) {
      throw new EvalFileException(source, topLine, "<top> without </top>");
    }
    if (!content.substring(textStart).isBlank()) {
      throw new EvalFileException(source, lineAt(textStart), "text after the last topic");
    }
    return titles;
  }

  private void startTopic(int line) throws EvalFileException {
    if (topLine >= 0) {
      throw new EvalFileException(source, line, "<top> inside the topic opened at line " + topLine);
    }
    topLine = line;
    num = null;
    title = null;
  }

  private void endTopic(int line) throws EvalFileException {
    if (topLine < 0) {
      throw new EvalFileException(source, line, "</top> without <top>");
    }
    if (num == null || title == null) {
      throw new EvalFileException(source, topLine, "topic without " + (num == null ? "<num>" : "<title>"));
    }
    if (titles.putIfAbsent(num, title) != null) {
      throw new EvalFileException(source, topLine, "topic number '" + num + "' given twice");
    }
    topLine = -1;
  }

  private void endField(int end) throws EvalFileException {
    String text = WHITESPACE.matcher(content.substring(fieldStart, end)).replaceAll(" ").strip();
    if (field.equals("num")) {
      String number = NUMBER_PREFIX.matcher(text).replaceFirst("");
      if (number.isEmpty()) {
        throw new EvalFileException(source, fieldLine, "<num> without a topic number");
      }
      num = WHITESPACE.split(number, 2)[0];
    } else if (field.equals("title")) {
      title = TOPIC_PREFIX.matcher(text).replaceFirst("");
      if (title.isEmpty()) {
        throw new EvalFileException(source, fieldLine, "empty <title>");
      }
    }
    field = null;
  }

  /** Returns the 1-based line of {@code offset}; offsets are asked in increasing order, so counting is linear. */
  private int lineAt(int offset) {
    for (; lineCountedTo < offset; lineCountedTo++) {
      if (content.charAt(lineCountedTo) == '\n') {
        lineNumber++;
      }
    }
    return lineNumber;
  }
}
