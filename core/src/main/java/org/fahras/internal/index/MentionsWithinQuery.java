package org.fahras.internal.index;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Articles that mention a time lying wholly inside {@code [from, until)}, read from the mention doc values.
 *
 * <p>Each mention {@code [from, until)} is one sorted-numeric value: {@code from} in the high 32 bits (signed), the
 * length in days in the low 32 bits. Values then sort by {@code from}, so a document's check stops at the first
 * mention starting at or after {@code until}. Matching is a two-phase check of one document's few values: cheap for
 * the documents a text query already found, wasteful as the lead of an iteration over the whole index (the {@code
 * LongRange} points of the same field serve that).
 */
final class MentionsWithinQuery extends Query {
  private static final long LOW_BITS = 0xFFFF_FFFFL;

  private final String field;
  private final long from;
  private final long until;

  MentionsWithinQuery(String field, long from, long until) {
    if (until <= from) {
      throw new IllegalArgumentException("empty interval [" + from + ", " + until + ")");
    }
    this.field = Objects.requireNonNull(field, "field");
    this.from = from;
    this.until = until;
  }

  /**
   * The doc value of the mention {@code [from, until)}, in epoch days.
   *
   * @throws IllegalArgumentException when {@code from} does not fit in an int or the interval is empty or longer than
   *     2^32 − 1 days
   */
  static long encode(long from, long until) {
    long length = until - from;
    if (from != (int) from || length <= 0 || length > LOW_BITS) {
      throw new IllegalArgumentException("mention [" + from + ", " + until + ") cannot be indexed as days");
    }
    return (from << 32) | length;
  }

  /** True when the mention encoded as {@code value} lies inside {@code [from, until)}. */
  private boolean within(long value) {
    long start = value >> 32;
    return start >= from && start + (value & LOW_BITS) <= until;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        SortedNumericDocValues values = context.reader().getSortedNumericDocValues(field);
        if (values == null) {
          return null;
        }
        TwoPhaseIterator check = new TwoPhaseIterator(values) {
          @Override
          public boolean matches() throws IOException {
            for (int i = values.docValueCount(); i > 0; i--) {
              long value = values.nextValue();
              if (value >> 32 >= until) {
                return false; // this and every later mention start too late
              }
              if (within(value)) {
                return true;
              }
            }
            return false;
          }

          @Override
          public float matchCost() {
            return 4; // a handful of values per document
          }
        };
        return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, check));
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return DocValues.isCacheable(context, field);
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(field)) {
      visitor.visitLeaf(this);
    }
  }

  @Override
  public String toString(String defaultField) {
    return (field.equals(defaultField) ? "" : field + ":") + "mentions within [" + from + ", " + until + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && field.equals(((MentionsWithinQuery) other).field)
        && from == ((MentionsWithinQuery) other).from
        && until == ((MentionsWithinQuery) other).until;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), field, from, until);
  }
}
