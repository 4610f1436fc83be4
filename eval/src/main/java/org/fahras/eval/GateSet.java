package org.fahras.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One evaluation of a {@link QualityGate}: a query set and the systems run on it. The set is either three files
 * (documents, queries, qrels) or a temporal known-item set generated from a dated corpus, whose articles are then the
 * documents.
 *
 * @param name the set's name, as expectations refer to it
 * @param docs the documents file, relative to the shared data folder; null for a generated set
 * @param queries the queries file, relative to the shared folder; null for a generated set
 * @param qrels the qrels file, relative to the shared folder; null for a generated set
 * @param corpus the dated corpus a known-item set is generated from, relative to the shared folder; null otherwise
 * @param seed the generator's seed (generated sets only)
 * @param size how many known-item queries to generate (generated sets only)
 * @param systems the systems to run, the first being the baseline of the comparisons (unmodifiable, not empty)
 */
public record GateSet(
    String name, Path docs, Path queries, Path qrels, Path corpus, long seed, int size, List<EvalSystem> systems) {

  /** Keeps an unmodifiable copy of the systems and checks that exactly one kind of source is given. */
  public GateSet {
    Objects.requireNonNull(name, "name");
    systems = List.copyOf(systems);
    boolean files = docs != null && queries != null && qrels != null;
    if (files == (corpus != null) || (!files && (docs != null || queries != null || qrels != null))) {
      throw new IllegalArgumentException(
          "set " + name + ": give either docs=, queries= and qrels=, or corpus= (a generated known-item set)");
    }
  }

  /** Returns whether the set is a known-item set generated from {@link #corpus}. */
  public boolean isGenerated() {
    return corpus != null;
  }
}
