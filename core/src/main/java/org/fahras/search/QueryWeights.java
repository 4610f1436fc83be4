package org.fahras.search;

/**
 * How the text fields weigh against each other in a word's score.
 *
 * @param title the boost of a title match over a body match
 * @param exact the weight of an exact (unstemmed) match, added to the stemmed one; 0 leaves the exact fields out
 * @param grams the weight of the stem 3-gram field, where the profile has one; 0 leaves it out
 */
public record QueryWeights(float title, float exact, float grams) {
  /**
   * Title twice the body; an exact match adds half a stemmed one; grams weigh 0.4 (0.3 while the gram view also held
   * each whole stem, which repeated the stemmed view: without it, 0.4 gives the gram view back its weight).
   */
  public static final QueryWeights DEFAULT = new QueryWeights(2f, 0.5f, 0.4f);

  /** Checks the weights are finite and not negative. */
  public QueryWeights {
    for (float weight : new float[] {title, exact, grams}) {
      if (!(weight >= 0 && Float.isFinite(weight))) {
        throw new IllegalArgumentException(
            "weights must be finite and >= 0: title=" + title + ", exact=" + exact + ", grams=" + grams);
      }
    }
  }
}
