package org.fahras.eval;

import org.fahras.analysis.AnalyzerProfile;
import org.fahras.document.Rejection;

/**
 * Hears what a {@link RetrievalEvaluation} does, for progress and warnings. Every method does nothing by default;
 * calls come on the evaluating thread.
 */
public interface EvalListener {

  /** A listener that ignores everything. */
  EvalListener NONE = new EvalListener() {};

  /** Indexing the documents with {@code profile} starts. */
  default void indexing(AnalyzerProfile profile) {}

  /** The index for {@code profile} is ready and holds {@code documents} documents; {@code reused} when it existed. */
  default void indexed(AnalyzerProfile profile, long documents, boolean reused) {}

  /** A document record could not be read; the evaluation goes on without it. */
  default void rejected(Rejection rejection) {}

  /** A query could not be searched; it counts as an empty ranking. */
  default void queryFailed(String system, String queryId, String problem) {}
}
