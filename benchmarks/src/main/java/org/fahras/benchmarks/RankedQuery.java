package org.fahras.benchmarks;

import java.io.IOException;
import java.time.LocalDate;
import java.util.PriorityQueue;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import org.fahras.index.Schema;
import org.fahras.search.DateAwareRanking;
import org.fahras.search.Searcher;
import org.fahras.search.DateAwareTopDocsCollector;
import org.fahras.search.ParsedQuery;

/**
 * One parsed query of the log, ready to rank three ways on one index: BM25 alone (Lucene's top-k collector), BM25 +
 * date with {@link DateAwareTopDocsCollector} (the engine's way), and BM25 + date by scoring every match (the
 * exhaustive reference the collector must agree with).
 *
 * <p>The query, the ranking and the mention weight come from {@link Searcher#plan}, the engine's own planning. Searches
 * run without an executor, as the collector requires.
 */
final class RankedQuery {
  private final IndexSearcher searcher;
  private final Query query;
  private final DateAwareRanking ranking;
  private final Weight mentions;
  private final int k;

  /**
   * @param plan what the engine runs for the date-aware request ({@link Searcher#plan}): its query, ranking and
   *     mention weight, so this measures exactly what {@code Searcher.search} does
   */
  RankedQuery(IndexSearcher searcher, Searcher.Plan plan, int k) throws IOException {
    if (!isPlainText(plan.parsed())) {
      throw new IllegalArgumentException("the query log holds only plain text queries");
    }
    this.searcher = searcher;
    this.query = searcher.rewrite(plan.query());
    this.k = k;
    this.ranking = plan.ranking();
    this.mentions = plan.mentions();
  }

  /** True for a query with words and no filters or exclusions: the only kind the log holds. */
  static boolean isPlainText(ParsedQuery parsed) {
    return parsed.filters().isEmpty() && parsed.exclusions().isEmpty() && parsed.text() != null;
  }

  /** True when the query names a time. */
  boolean hasIntent() {
    return ranking.intent() != null;
  }

  /** The top k by BM25 alone. */
  TopDocs bm25() throws IOException {
    return searcher.search(query, k);
  }

  /** The top k by BM25 + date, the engine's way; the collector also tells how many documents it scored. */
  DateAwareTopDocsCollector dateAware() throws IOException {
    DateAwareTopDocsCollector collector =
        new DateAwareTopDocsCollector(k, ranking, Schema.PUBLISHED, Schema.indexSort(), mentions);
    searcher.search(query, collector);
    return collector;
  }

  /** How many documents match. */
  int matches() throws IOException {
    return searcher.count(query);
  }

  /** A document and its total score, kept in double as the collector keeps it. */
  record Scored(int doc, double total) {}

  /** The top k by BM25 + date from scoring every match: best first, ties to the lower document id. */
  Scored[] exhaustive() throws IOException {
    Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE, 1);
    // Worst at the head, so the head is what a better document replaces.
    PriorityQueue<Scored> best =
        new PriorityQueue<>(
            k + 1,
            (a, b) -> a.total != b.total ? Double.compare(a.total, b.total) : Integer.compare(b.doc, a.doc));
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      NumericDocValues published =
          DocValues.unwrapSingleton(DocValues.getSortedNumeric(leaf.reader(), Schema.PUBLISHED));
      FixedBitSet mentioned = mentionBits(leaf);
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        boolean mentions = mentioned != null && mentioned.get(doc);
        double date =
            published.advanceExact(doc) ? ranking.score(published.longValue(), mentions) : ranking.undatedScore(mentions);
        double total = scorer.score() + date;
        Scored worst = best.peek();
        // Documents come in id order, so one that only ties the worst kept is behind it.
        if (best.size() < k || total > worst.total()) {
          best.add(new Scored(leaf.docBase + doc, total));
          if (best.size() > k) {
            best.poll();
          }
        }
      }
    }
    Scored[] top = new Scored[best.size()];
    for (int i = top.length - 1; i >= 0; i--) {
      top[i] = best.poll();
    }
    return top;
  }

  private FixedBitSet mentionBits(LeafReaderContext leaf) throws IOException {
    Scorer scorer = mentions == null ? null : mentions.scorer(leaf);
    if (scorer == null) {
      return null;
    }
    FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
    DocIdSetIterator docs = scorer.iterator();
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      bits.set(doc);
    }
    return bits;
  }
}
