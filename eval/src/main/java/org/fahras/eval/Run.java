package org.fahras.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A system's ranked results for a set of queries, in TREC run format {@code qid Q0 docid rank score tag}. Immutable.
 *
 * <p>Metrics see each query's documents in {@link #TREC_EVAL_ORDER}, not in the order or ranks of the file, because
 * that is what trec_eval evaluates: its {@code form_res_rels.c} sorts by score and breaks ties by document id,
 * ignoring the rank column. A document retrieved twice for one query is an error, as in trec_eval.
 */
public final class Run {

  /**
   * trec_eval's order: score descending, then document id descending. trec_eval 9.0.x–10.0 {@code form_res_rels.c},
   * {@code comp_sim_docno}: {@code if (p1->sim > p2->sim) return -1; if (p1->sim < p2->sim) return 1; return
   * strcmp(p2->docno, p1->docno);}. {@code strcmp} on UTF-8 bytes orders by code point, so ids are compared by code
   * point here rather than by Java's UTF-16 {@code compareTo} (they differ beyond the Basic Multilingual Plane).
   */
  public static final Comparator<RunEntry> TREC_EVAL_ORDER =
      (a, b) -> a.score() > b.score() ? -1 : a.score() < b.score() ? 1 : compareCodePoints(b.docId(), a.docId());

  private final String tag;
  private final Map<String, List<RunEntry>> entries;
  private final Map<String, List<String>> ranked;

  private Run(String tag, Map<String, List<RunEntry>> entries) {
    this.tag = tag;
    this.entries = entries;
    Map<String, List<String>> rankedIds = new LinkedHashMap<>();
    entries.forEach((query, list) -> {
      List<RunEntry> sorted = new ArrayList<>(list);
      sorted.sort(TREC_EVAL_ORDER);
      rankedIds.put(query, sorted.stream().map(RunEntry::docId).toList());
    });
    this.ranked = Collections.unmodifiableMap(rankedIds);
  }

  /** Starts a run whose lines carry {@code tag} (the run name; no whitespace). */
  public static Builder builder(String tag) {
    return new Builder(tag);
  }

  /** Reads a UTF-8 run file. */
  public static Run read(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    }
  }

  /**
   * Reads run lines from {@code reader}; {@code source} names it in error messages. The run's tag is the first line's
   * (trec_eval takes its run id from the first line too).
   *
   * @throws EvalFileException on a malformed line or a document retrieved twice for a query
   */
  public static Run read(BufferedReader reader, String source) throws IOException {
    Builder[] builder = new Builder[1];
    Lines.forEachNonBlank(reader, (lineNumber, line) -> {
      String[] fields = Lines.fields(line);
      if (fields.length != 6) {
        throw new EvalFileException(source, lineNumber,
            "expected 6 fields 'qid Q0 docid rank score tag', found " + fields.length);
      }
      int rank;
      double score;
      try {
        rank = Integer.parseInt(fields[3]);
        score = Double.parseDouble(fields[4]);
      } catch (NumberFormatException e) {
        throw new EvalFileException(source, lineNumber,
            "rank must be an integer and score a number: '" + fields[3] + "' '" + fields[4] + "'");
      }
      try {
        if (builder[0] == null) {
          builder[0] = new Builder(fields[5]);
        }
        builder[0].add(fields[0], fields[2], rank, score);
      } catch (IllegalArgumentException e) {
        throw new EvalFileException(source, lineNumber, e.getMessage());
      }
    });
    if (builder[0] == null) {
      throw new EvalFileException(source, 1, "empty run");
    }
    return builder[0].build();
  }

  /** Returns the run's tag (name). */
  public String tag() {
    return tag;
  }

  /** Returns the ids of the queries that have results, in insertion order. */
  public Set<String> queryIds() {
    return entries.keySet();
  }

  /** Returns a query's entries as added or read (file order), empty when the query has none. */
  public List<RunEntry> entries(String queryId) {
    return entries.getOrDefault(queryId, List.of());
  }

  /** Returns a query's document ids in {@link #TREC_EVAL_ORDER}: what the metrics evaluate. */
  public List<String> rankedDocIds(String queryId) {
    return ranked.getOrDefault(queryId, List.of());
  }

  /** Returns the number of queries with results. */
  public int size() {
    return entries.size();
  }

  /** Writes the run in TREC run format; scores are written exactly ({@link Double#toString}), so ties survive. */
  public void write(Writer out) throws IOException {
    for (Map.Entry<String, List<RunEntry>> query : entries.entrySet()) {
      for (RunEntry entry : query.getValue()) {
        out.write(query.getKey() + " Q0 " + entry.docId() + " " + entry.rank() + " " + entry.score() + " " + tag
            + "\n");
      }
    }
  }

  /** Writes the run to a UTF-8 file in TREC run format. */
  public void write(Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(out);
    }
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static void requireToken(String value, String what) {
    if (value.isEmpty() || value.codePoints().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(what + " must be non-empty without whitespace: '" + value + "'");
    }
  }

  /** Collects a run query by query; not thread-safe. */
  public static final class Builder {

    private final String tag;
    private final Map<String, List<RunEntry>> entries = new LinkedHashMap<>();
    private final Map<String, Set<String>> seen = new LinkedHashMap<>();

    private Builder(String tag) {
      requireToken(tag, "run tag");
      this.tag = tag;
    }

    /**
     * Appends {@code docId} to {@code queryId}'s results with the next rank (1 for the query's first document).
     *
     * @throws IllegalArgumentException for an id with whitespace, a non-finite score, or a document already added
     *     for the query
     */
    public Builder add(String queryId, String docId, double score) {
      return add(queryId, docId, entries(queryId).size() + 1, score);
    }

    /**
     * Appends {@code docId} to {@code queryId}'s results with an explicit rank.
     *
     * @throws IllegalArgumentException for an id with whitespace, a non-finite score, or a document already added
     *     for the query
     */
    public Builder add(String queryId, String docId, int rank, double score) {
      requireToken(queryId, "query id");
      requireToken(docId, "document id");
      if (!Double.isFinite(score)) {
        throw new IllegalArgumentException("score must be finite: " + score);
      }
      if (!seen.computeIfAbsent(queryId, query -> new HashSet<>()).add(docId)) {
        throw new IllegalArgumentException("document '" + docId + "' retrieved twice for query '" + queryId + "'");
      }
      entries(queryId).add(new RunEntry(docId, rank, score));
      return this;
    }

    private List<RunEntry> entries(String queryId) {
      return entries.computeIfAbsent(queryId, query -> new ArrayList<>());
    }

    /** Returns the immutable run built so far. */
    public Run build() {
      Map<String, List<RunEntry>> copy = new LinkedHashMap<>();
      entries.forEach((query, list) -> copy.put(query, List.copyOf(list)));
      return new Run(tag, Collections.unmodifiableMap(copy));
    }
  }
}
