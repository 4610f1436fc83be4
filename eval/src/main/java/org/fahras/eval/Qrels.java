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
 * Relevance judgments: for each query, the graded relevance of the documents judged for it. Immutable.
 *
 * <p>The file format is trec_eval's {@code qid iter docid relevance}, whitespace separated, one judgment a line; the
 * iteration field is ignored. A grade {@code <= 0} means "judged not relevant" (trec_eval's default relevance level
 * is 1). Blank lines are skipped; any other line that is not exactly four fields with an integer grade, or that
 * judges the same document twice for one query (trec_eval refuses that too), is an error naming file and line.
 * Queries keep the order of their first appearance in the file.
 */
public final class Qrels {

  private final Map<String, Map<String, Integer>> judgments;

  private Qrels(Map<String, Map<String, Integer>> judgments) {
    this.judgments = judgments;
  }

  /**
   * Copies {@code judgments} (query id → document id → grade) into a qrels set, keeping the iteration order of both
   * maps.
   */
  public static Qrels of(Map<String, ? extends Map<String, Integer>> judgments) {
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    judgments.forEach((query, docs) -> copy.put(query, Collections.unmodifiableMap(new LinkedHashMap<>(docs))));
    return new Qrels(Collections.unmodifiableMap(copy));
  }

  /** Reads a UTF-8 qrels file. */
  public static Qrels read(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    }
  }

  /**
   * Reads qrels lines from {@code reader}; {@code source} names it in error messages.
   *
   * @throws EvalFileException on a malformed line or a duplicate judgment
   */
  public static Qrels read(BufferedReader reader, String source) throws IOException {
    Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();
    Lines.forEachNonBlank(reader, (lineNumber, line) -> {
      String[] fields = Lines.fields(line);
      if (fields.length != 4) {
        throw new EvalFileException(source, lineNumber,
            "expected 4 fields 'qid iter docid relevance', found " + fields.length);
      }
      int grade;
      try {
        grade = Integer.parseInt(fields[3]);
      } catch (NumberFormatException e) {
        throw new EvalFileException(source, lineNumber, "relevance is not an integer: '" + fields[3] + "'");
      }
      Map<String, Integer> docs = judgments.computeIfAbsent(fields[0], query -> new LinkedHashMap<>());
      if (docs.putIfAbsent(fields[2], grade) != null) {
        throw new EvalFileException(source, lineNumber,
            "document '" + fields[2] + "' judged twice for query '" + fields[0] + "'");
      }
    });
    return of(judgments);
  }

  /** Returns the judged query ids, in file order. */
  public Set<String> queryIds() {
    return judgments.keySet();
  }

  /** Returns the judgments of one query (document id → grade), empty when the query has none. */
  public Map<String, Integer> judgments(String queryId) {
    return judgments.getOrDefault(queryId, Map.of());
  }

  /** Returns the grade of {@code docId} for {@code queryId}; 0 when it was not judged. */
  public int grade(String queryId, String docId) {
    return judgments(queryId).getOrDefault(docId, 0);
  }

  /** Returns how many documents are judged relevant (grade > 0) for {@code queryId}. */
  public int relevantCount(String queryId) {
    int count = 0;
    for (int grade : judgments(queryId).values()) {
      if (grade > 0) {
        count++;
      }
    }
    return count;
  }

  /** Returns the number of judged queries. */
  public int size() {
    return judgments.size();
  }

  /** Returns the number of judgments (lines) over all queries. */
  public int judgmentCount() {
    int count = 0;
    for (Map<String, Integer> docs : judgments.values()) {
      count += docs.size();
    }
    return count;
  }

  /** Writes the judgments in trec_eval's qrels format, iteration field 0. */
  public void write(Writer out) throws IOException {
    for (Map.Entry<String, Map<String, Integer>> query : judgments.entrySet()) {
      for (Map.Entry<String, Integer> doc : query.getValue().entrySet()) {
        out.write(query.getKey() + " 0 " + doc.getKey() + " " + doc.getValue() + "\n");
      }
    }
  }

  /** Writes the judgments to a UTF-8 file in trec_eval's qrels format. */
  public void write(Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(out);
    }
  }
}
