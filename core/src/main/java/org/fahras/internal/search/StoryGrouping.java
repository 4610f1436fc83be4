package org.fahras.internal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.fahras.internal.index.NearDuplicateSignature;
import org.fahras.internal.index.Schema;

/**
 * Folds near-duplicate copies (syndicated articles, re-posts) of a ranking into stories.
 *
 * <p>In rank order, a hit joins the first story whose best-ranked copy it resembles ({@link
 * NearDuplicateSignature#similarity} at least {@link NearDuplicateSignature#DUPLICATE_THRESHOLD}), or starts a story.
 * A story keeps the rank of its best copy.
 *
 * <p>The copy shown for it is the best-ranked copy with a publication date: scraped pages often lose their header,
 * and an undated copy (its title often only its first sentence) tells a reader less than the dated copy of the same
 * text, which also carries the outlet's own headline. Only copies ranked within {@link #candidatesFor} the story's
 * position are considered, so that every request showing the story (whatever its page and page size) shows the same
 * copy: each such request fetched at least that many candidates.
 */
final class StoryGrouping {
  /** Candidates fetched per wanted story, so folded copies still leave enough stories. */
  private static final int CANDIDATES_PER_STORY = 3;

  private StoryGrouping() {}

  /** How many ranked hits to fetch to find the first {@code stories} stories (more may be needed). */
  static int candidatesFor(int stories) {
    return CANDIDATES_PER_STORY * stories + 10;
  }

  /** The stories of {@code ranked}; once {@code maxStories} exist, a hit resembling none of them is left out. */
  static List<Story> group(IndexSearcher searcher, ScoreDoc[] ranked, int maxStories) throws IOException {
    Map<Integer, Facts> facts = facts(searcher, ranked);
    List<List<ScoreDoc>> groups = new ArrayList<>();
    Map<ScoreDoc, Integer> rank = new HashMap<>();
    for (ScoreDoc hit : ranked) {
      rank.put(hit, rank.size());
      BytesRef signature = facts.get(hit.doc).signature();
      List<ScoreDoc> home = null;
      if (signature != null) {
        for (List<ScoreDoc> group : groups) {
          BytesRef leader = facts.get(group.get(0).doc).signature();
          if (leader != null
              && NearDuplicateSignature.similarity(signature, leader) >= NearDuplicateSignature.DUPLICATE_THRESHOLD) {
            home = group;
            break;
          }
        }
      }
      if (home != null) {
        home.add(hit);
      } else if (groups.size() < maxStories) {
        groups.add(new ArrayList<>(List.of(hit)));
      }
    }
    List<Story> stories = new ArrayList<>(groups.size());
    for (List<ScoreDoc> group : groups) {
      int window = candidatesFor(stories.size() + 1);
      ScoreDoc shown =
          group.stream()
              .filter(copy -> rank.get(copy) < window && facts.get(copy.doc).dated())
              .findFirst()
              .orElse(group.get(0));
      List<ScoreDoc> others = new ArrayList<>(group);
      others.remove(shown);
      stories.add(new Story(shown, others, group.get(0)));
    }
    return stories;
  }

  /** What grouping reads of one hit. */
  private record Facts(BytesRef signature, boolean dated) {}

  /** Reads the signature and whether each hit is dated, visiting documents in id order as doc values require. */
  private static Map<Integer, Facts> facts(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    int[] docs = Arrays.stream(hits).mapToInt(hit -> hit.doc).sorted().toArray();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Map<Integer, Facts> facts = new HashMap<>();
    int leafIndex = -1;
    BinaryDocValues signatures = null;
    NumericDocValues published = null;
    LeafReaderContext leaf = null;
    for (int doc : docs) {
      int index = ReaderUtil.subIndex(doc, leaves);
      if (index != leafIndex) {
        leafIndex = index;
        leaf = leaves.get(index);
        signatures = DocValues.getBinary(leaf.reader(), Schema.SIGNATURE);
        published = DocValues.unwrapSingleton(DocValues.getSortedNumeric(leaf.reader(), Schema.PUBLISHED));
      }
      int local = doc - leaf.docBase;
      BytesRef signature =
          signatures.advanceExact(local) ? BytesRef.deepCopyOf(signatures.binaryValue()) : null;
      boolean dated = published != null && published.advanceExact(local);
      facts.put(doc, new Facts(signature, dated));
    }
    return facts;
  }
}
