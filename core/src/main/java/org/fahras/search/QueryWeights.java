package org.fahras.search;

/**
 * How the text fields weigh against each other in a word's score.
 *
 * @param title the boost of a title match over a body match
 * @param exact the weight of an exact (unstemmed) match, added to the stemmed one; 0 leaves the exact fields out
 */
public record QueryWeights(float title, float exact) {
  /** Title twice the body; an exact match adds half a stemmed one. */
  public static final QueryWeights DEFAULT = new QueryWeights(2f, 0.5f);

  /** Checks the weights are finite and not negative. */
  public QueryWeights {
    if (!(title >= 0 && Float.isFinite(title) && exact >= 0 && Float.isFinite(exact))) {
      throw new IllegalArgumentException("weights must be finite and >= 0: title=" + title + ", exact=" + exact);
    }
  }
}
