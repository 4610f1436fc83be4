package org.fahras.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated temporal known-item evaluation set.
 *
 * @param items the queries, in query-id order (unmodifiable)
 */
public record KnownItemSet(List<KnownItem> items) {

  /** File name of the queries written by {@link #write}. */
  public static final String QUERIES_FILE = "queries.tsv";
  /** File name of the judgments written by {@link #write}. */
  public static final String QRELS_FILE = "qrels.txt";

  /** Keeps an unmodifiable copy of {@code items}. */
  public KnownItemSet {
    items = List.copyOf(items);
  }

  /** Returns the queries (query id → text). */
  public Queries queries() {
    Map<String, String> texts = new LinkedHashMap<>();
    items.forEach(item -> texts.put(item.queryId(), item.query()));
    return Queries.of(texts);
  }

  /** Returns the judgments: each query's one document with grade 1. */
  public Qrels qrels() {
    Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();
    items.forEach(item -> judgments.put(item.queryId(), Map.of(item.docId(), 1)));
    return Qrels.of(judgments);
  }

  /** Writes {@value #QUERIES_FILE} and {@value #QRELS_FILE} into {@code directory}, which must exist. */
  public void write(Path directory) throws IOException {
    queries().writeTsv(directory.resolve(QUERIES_FILE));
    qrels().write(directory.resolve(QRELS_FILE));
  }
}
