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
import org.fahras.search.DateAwareTopDocsCollector;
import org.fahras.search.ParsedQuery;

/**
 * One parsed query of the log, ready to rank three ways on one index: BM25 alone (Lucene's top-k collector), BM25 +
 * date with {@link DateAwareTopDocsCollector} (the engine's way), and BM25 + date by scoring every match (the
 * exhaustive reference the collector must agree with).
 *
 * <p>The log has no filters or exclusions, so the Lucene query is the parsed text query itself, as {@code Searcher}
 * builds it; the mention query is built as {@code Searcher} builds it. Searches run without an executor, as the
 * collector requires.
 */
final class RankedQuery {
  private final IndexSearcher searcher;
  private final Query query;
  private final DateAwareRanking ranking;
  private final Weight mentions;
  private final int k;

  /**
   * @param parsed the query as the engine's parser read it
   * @param base the ranking without intent (recency from the as-of day)
   * @param intentWeight boost of an article published in the time the query names
   * @param mentionWeight boost of an article mentioning that time
   */
  RankedQuery(
      IndexSearcher searcher, ParsedQuery parsed, DateAwareRanking base, double intentWeight, double mentionWeight, int k)
      throws IOException {
    if (!isPlainText(parsed)) {
      throw new IllegalArgumentException("the query log holds only plain text queries");
    }
    this.searcher = searcher;
    this.query = searcher.rewrite(parsed.text());
    this.k = k;
    DateAwareRanking.DayInterval intent = parsed.intent();
    if (intent == null) {
      this.ranking = base;
      this.mentions = null;
    } else {
      this.ranking =
          base.withIntent(
              LocalDate.ofEpochDay(intent.from()), LocalDate.ofEpochDay(intent.until()), intentWeight, mentionWeight);
      Query mentionQuery =
          LongRange.newWithinQuery(Schema.MENTIONS, new long[] {intent.from()}, new long[] {intent.until() - 1});
      this.mentions = searcher.createWeight(searcher.rewrite(mentionQuery), ScoreMode.COMPLETE_NO_SCORES, 1);
    }
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
