package org.fahras.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A query set: query id → query text, in file order. Immutable.
 *
 * <p>{@link #read} accepts two formats and tells them apart by content: a file whose first non-blank line starts with
 * {@code <top>} is a TREC topic file (see {@link TrecTopics}), anything else is {@code qid<TAB>text}, one query a line,
 * blank lines skipped. Errors name the file and line.
 */
public final class Queries {

  private final Map<String, String> texts;

  private Queries(Map<String, String> texts) {
    this.texts = texts;
  }

  /**
   * Copies {@code texts} (query id → text), keeping its order.
   *
   * @throws IllegalArgumentException when an id is empty or has whitespace, or a text is empty or spans lines or tabs
   *     (either would not survive a round trip through the TSV and TREC formats)
   */
  public static Queries of(Map<String, String> texts) {
    Map<String, String> copy = new LinkedHashMap<>();
    texts.forEach((id, text) -> {
      String problem = problem(id, text);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
      copy.put(id, text);
    });
    return new Queries(Collections.unmodifiableMap(copy));
  }

  /** Reads a UTF-8 query file in either supported format. */
  public static Queries read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Parses query-file content in either supported format; {@code source} names it in error messages.
   *
   * @throws EvalFileException on a malformed line or topic, or a query id given twice
   */
  public static Queries parse(String content, String source) throws EvalFileException {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    if (text.stripLeading().regionMatches(true, 0, "<top>", 0, 5)) {
      return of(TrecTopics.parse(text, source));
    }
    return of(parseTsv(text, source));
  }

  private static Map<String, String> parseTsv(String content, String source) throws EvalFileException {
    Map<String, String> texts = new LinkedHashMap<>();
    Lines.forEachNonBlank(content, (lineNumber, line) -> {
      int tab = line.indexOf('\t');
      if (tab < 0 || line.indexOf('\t', tab + 1) >= 0) {
        throw new EvalFileException(source, lineNumber, "expected 'qid<TAB>text' (exactly one tab)");
      }
      String id = line.substring(0, tab).strip();
      String query = line.substring(tab + 1).strip();
      String problem = problem(id, query);
      if (problem != null) {
        throw new EvalFileException(source, lineNumber, problem);
      }
      if (texts.putIfAbsent(id, query) != null) {
        throw new EvalFileException(source, lineNumber, "query id '" + id + "' given twice");
      }
    });
    return texts;
  }

  /** Returns what makes a query unusable, or null when it is fine. */
  private static String problem(String id, String text) {
    if (id.isEmpty() || id.codePoints().anyMatch(Character::isWhitespace)) {
      return "query id must be non-empty without whitespace: '" + id + "'";
    }
    if (text.isBlank() || text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      return "query text must be one non-blank line without tabs, query '" + id + "'";
    }
    return null;
  }

  /** Returns the query ids in order. */
  public Set<String> ids() {
    return texts.keySet();
  }

  /** Returns the text of {@code queryId}, or {@code null} when there is no such query. */
  public String text(String queryId) {
    return texts.get(queryId);
  }

  /** Returns the queries as an unmodifiable, ordered map (id → text). */
  public Map<String, String> asMap() {
    return texts;
  }

  /** Returns the number of queries. */
  public int size() {
    return texts.size();
  }

  /** Writes the queries as {@code qid<TAB>text} lines. */
  public void writeTsv(Writer out) throws IOException {
    for (Map.Entry<String, String> query : texts.entrySet()) {
      out.write(query.getKey() + "\t" + query.getValue() + "\n");
    }
  }

  /** Writes the queries to a UTF-8 file as {@code qid<TAB>text} lines. */
  public void writeTsv(Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeTsv(out);
    }
  }
}
