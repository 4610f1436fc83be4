package org.fahras.search;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Collects the top k documents by {@code text score + date score} ({@link DateAwareRanking}) while keeping Lucene's
 * top-k skipping alive.
 *
 * <p>The text query stays what it is (a plain disjunction keeps Lucene's MaxScore bulk scorer); the date part is
 * added here. On an index sorted by publication date, newest first, every later document of a segment is older than
 * the current one, so the best date score it can still get only shrinks ({@link
 * DateAwareRanking#bestScoreOnOrBefore}). After each collected document the scorer's minimum competitive score is
 * raised to {@code k-th best total − that bound}: any document whose text score is below it cannot enter the top k,
 * and the scorer may skip it unscored. The result is exactly the top k of the full formula (ties broken by document
 * id, as Lucene does).
 *
 * <p>Segments not sorted that way are still ranked exactly, with the weaker bound {@link
 * DateAwareRanking#bestScore()}. One instance serves one search on one thread (searching without an executor).
 */
public final class DateAwareTopDocsCollector implements Collector {
  private final int k;
  private final DateAwareRanking ranking;
  private final String publishedField;
  private final Sort newestFirst;
  private final Weight mentionWeight;

  /** A min-heap on (total, then reversed doc id): the root is the worst of the current top k. */
  private final double[] heapScores;
  private final int[] heapDocs;
  private int size;
  private long collected;
  private boolean thresholdUsed;

  /**
   * @param k how many hits to keep (>= 1)
   * @param ranking the date-aware part of the score
   * @param publishedField the numeric doc-values field holding epoch days
   * @param newestFirst the index sort that orders {@code publishedField} newest first; segments sorted otherwise get
   *     the weaker bound
   * @param mentionWeight a no-scores weight matching documents that mention the intent's time, or null; its scorer is
   *     advanced along the collected documents only, so a doc-values check ({@link
   *     org.fahras.index.Schema#newMentionsWithinQuery}) costs nothing for the documents top-k skipping avoids
   */
  public DateAwareTopDocsCollector(
      int k, DateAwareRanking ranking, String publishedField, Sort newestFirst, Weight mentionWeight) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, got " + k);
    }
    this.k = k;
    this.ranking = ranking;
    this.publishedField = publishedField;
    this.newestFirst = newestFirst;
    this.mentionWeight = ranking.usesMentions() ? mentionWeight : null;
    this.heapScores = new double[k];
    this.heapDocs = new int[k];
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.TOP_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    return new DateAwareLeafCollector(context);
  }

  /** How many documents were scored and offered to the heap: the share of matches top-k skipping did not avoid. */
  public long collectedCount() {
    return collected;
  }

  /** The top k, best first, with their total scores. */
  public TopDocs topDocs() {
    ScoreDoc[] hits = new ScoreDoc[size];
    int remaining = size;
    // Popping the min-heap yields worst first; fill from the end.
    while (remaining > 0) {
      hits[--remaining] = new ScoreDoc(heapDocs[0], (float) heapScores[0]);
      size--;
      heapScores[0] = heapScores[size];
      heapDocs[0] = heapDocs[size];
      siftDown();
    }
    TotalHits.Relation relation =
        thresholdUsed ? TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO : TotalHits.Relation.EQUAL_TO;
    return new TopDocs(new TotalHits(collected, relation), hits);
  }

  private boolean worse(double scoreA, int docA, double scoreB, int docB) {
    return scoreA < scoreB || (scoreA == scoreB && docA > docB);
  }

  /** True when a document with this total would enter the top k. */
  private boolean entersTopK(double total, int doc) {
    return size < k || worse(heapScores[0], heapDocs[0], total, doc);
  }

  private void offer(int doc, double total) {
    if (size < k) {
      heapScores[size] = total;
      heapDocs[size] = doc;
      siftUp(size++);
    } else if (entersTopK(total, doc)) {
      heapScores[0] = total;
      heapDocs[0] = doc;
      siftDown();
    }
  }

  private void siftUp(int index) {
    while (index > 0) {
      int parent = (index - 1) >>> 1;
      if (!worse(heapScores[index], heapDocs[index], heapScores[parent], heapDocs[parent])) {
        return;
      }
      swap(index, parent);
      index = parent;
    }
  }

  private void siftDown() {
    int index = 0;
    while (true) {
      int left = 2 * index + 1;
      if (left >= size) {
        return;
      }
      int right = left + 1;
      int child =
          right < size && worse(heapScores[right], heapDocs[right], heapScores[left], heapDocs[left])
              ? right
              : left;
      if (!worse(heapScores[child], heapDocs[child], heapScores[index], heapDocs[index])) {
        return;
      }
      swap(index, child);
      index = child;
    }
  }

  private void swap(int a, int b) {
    double score = heapScores[a];
    heapScores[a] = heapScores[b];
    heapScores[b] = score;
    int doc = heapDocs[a];
    heapDocs[a] = heapDocs[b];
    heapDocs[b] = doc;
  }

  /** Per-segment state: the date doc values, the mention check and the bound for what follows. */
  private final class DateAwareLeafCollector implements LeafCollector {
    private final int docBase;
    private final NumericDocValues published;
    private final boolean sortedNewestFirst;
    private final boolean hasUndated;
    /** Candidates of the mention weight, advanced along the collected documents; null when none can match. */
    private final DocIdSetIterator mentionCandidates;
    /** Confirms a candidate, or null when every candidate matches. */
    private final TwoPhaseIterator mentionCheck;
    private Scorable scorer;
    private float minCompetitive;
    /** The publication day of the document last collected, when it has one. */
    private boolean lastDated;
    private long lastDay;

    DateAwareLeafCollector(LeafReaderContext context) throws IOException {
      LeafReader reader = context.reader();
      this.docBase = context.docBase;
      SortedNumericDocValues values = DocValues.getSortedNumeric(reader, publishedField);
      // The schema indexes one publication date per article.
      this.published = DocValues.unwrapSingleton(values);
      if (published == null) {
        throw new IllegalStateException("field '" + publishedField + "' has several values per document");
      }
      this.sortedNewestFirst = newestFirst.equals(reader.getMetaData().sort());
      PointValues points = reader.getPointValues(publishedField);
      this.hasUndated = points == null || points.getDocCount() < reader.maxDoc();
      Scorer mentionScorer = mentionWeight == null ? null : mentionWeight.scorer(context);
      this.mentionCheck = mentionScorer == null ? null : mentionScorer.twoPhaseIterator();
      this.mentionCandidates =
          mentionScorer == null ? null : mentionCheck == null ? mentionScorer.iterator() : mentionCheck.approximation();
    }

    @Override
    public void setScorer(Scorable scorer) throws IOException {
      this.scorer = scorer;
      this.minCompetitive = 0;
      if (size == k) {
        raiseMinCompetitive(-1);
      }
    }

    @Override
    public void collect(int doc) throws IOException {
      collected++;
      lastDated = published.advanceExact(doc);
      if (lastDated) {
        lastDay = published.longValue();
      }
      double text = scorer.score();
      double total = text + dateScore(false);
      if (mentionCandidates != null) {
        // Reading the mentions costs more than the rest: only when a mention would lift the document into the top k.
        double ifMentioned = text + dateScore(true);
        if (ifMentioned > total && entersTopK(ifMentioned, docBase + doc) && mentions(doc)) {
          total = ifMentioned;
        }
      }
      offer(docBase + doc, total);
      if (size == k) {
        raiseMinCompetitive(doc);
      }
    }

    /** The date score of the document last collected. */
    private double dateScore(boolean mentioned) {
      return lastDated ? ranking.score(lastDay, mentioned) : ranking.undatedScore(mentioned);
    }

    /** Whether {@code doc} mentions the intent's time; documents come in increasing id order. */
    private boolean mentions(int doc) throws IOException {
      int candidate = mentionCandidates.docID();
      if (candidate < doc) {
        candidate = mentionCandidates.advance(doc);
      }
      return candidate == doc && (mentionCheck == null || mentionCheck.matches());
    }

    /** Tells the scorer which text score a document after {@code doc} needs to still enter the top k. */
    private void raiseMinCompetitive(int doc) throws IOException {
      double needed = heapScores[0] - bestDateScoreAfter(doc);
      if (needed <= 0) {
        return;
      }
      // Round down so a document that could tie is never skipped.
      float threshold = Math.nextDown((float) needed);
      if (threshold > minCompetitive) {
        minCompetitive = threshold;
        thresholdUsed = true;
        scorer.setMinCompetitiveScore(threshold);
      }
    }

    /** The best date score any document of this segment after {@code doc} (-1: any document) can get. */
    private double bestDateScoreAfter(int doc) {
      if (!sortedNewestFirst || doc < 0) {
        return ranking.bestScore();
      }
      // Past the last candidate of the mention weight, no later document can mention the time.
      boolean mentionAhead =
          mentionCandidates != null && mentionCandidates.docID() != DocIdSetIterator.NO_MORE_DOCS;
      double undatedBound = hasUndated ? ranking.undatedScore(mentionAhead) : 0;
      // The sort puts undated documents last: after an undated one, all are undated.
      if (!lastDated) {
        return undatedBound;
      }
      return Math.max(ranking.bestScoreOnOrBefore(lastDay, mentionAhead), undatedBound);
    }
  }
}
