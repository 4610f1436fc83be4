package org.fahras.internal.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.ScoreDoc;

/**
 * One story of a ranking: the copy shown for it and its other copies, best-ranked first.
 *
 * @param shown the copy a reader is shown
 * @param copies the story's other copies
 * @param best the best-ranked copy, whose score is the story's (the shown copy or one of the others)
 */
record Story(ScoreDoc shown, List<ScoreDoc> copies, ScoreDoc best) {
  /** Copies the list. */
  Story {
    copies = List.copyOf(copies);
  }

  /** Every hit its own story, in rank order. */
  static List<Story> singletons(ScoreDoc[] ranked) {
    List<Story> stories = new ArrayList<>(ranked.length);
    for (ScoreDoc hit : ranked) {
      stories.add(new Story(hit, List.of(), hit));
    }
    return stories;
  }
}
