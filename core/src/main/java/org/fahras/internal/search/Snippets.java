package org.fahras.internal.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.fahras.internal.index.Schema;
import org.fahras.search.Snippet;

/**
 * Makes the {@link Snippet}s of hits with Lucene's {@link UnifiedHighlighter}: the best passage of the body of about
 * {@value #SNIPPET_CHARS} characters, cut at word boundaries, the words the query matched marked by their token
 * offsets. Thread-safe: a highlighter is made per call.
 */
final class Snippets {
  private static final int SNIPPET_CHARS = 220;
  private static final String ELLIPSIS = " … ";

  private final Analyzer analyzer;

  /** @param analyzer the index's per-field analyzer, so the body is cut into the words the index holds */
  Snippets(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** One snippet per document of {@code docs}, in their order; null where the body is empty or missing. */
  List<Snippet> of(IndexSearcher searcher, Query marked, int[] docs) throws IOException {
    if (docs.length == 0) {
      return List.of();
    }
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
            .withFormatter(new SnippetFormatter())
            .withMaxNoHighlightPassages(1);
    Object[] found = new ObjectHighlighter(builder).highlight(marked, docs);
    List<Snippet> snippets = new ArrayList<>(found.length);
    for (Object snippet : found) {
      snippets.add(snippet instanceof Snippet made && !made.text().isEmpty() ? made : null);
    }
    return snippets;
  }

  /** Exposes the highlighter's objects: the formatter makes {@link Snippet}s, not strings. */
  private static final class ObjectHighlighter extends UnifiedHighlighter {
    ObjectHighlighter(Builder builder) {
      super(builder);
    }

    Object[] highlight(Query marked, int[] docs) throws IOException {
      int[] passages = {1};
      return highlightFieldsAsObjects(new String[] {Schema.BODY}, marked, docs, passages).get(Schema.BODY);
    }
  }

  /**
   * Turns passages into one line of plain text and its highlight spans: passages apart are joined with an ellipsis,
   * a run of white space holding a line break becomes one space, overlapping matches merge into one span.
   */
  static final class SnippetFormatter extends PassageFormatter {
    @Override
    public Snippet format(Passage[] passages, String content) {
      Line line = new Line();
      int previousEnd = -1;
      for (Passage passage : passages) {
        if (!line.isEmpty() && passage.getStartOffset() != previousEnd) {
          line.appendSeparator(ELLIPSIS);
        }
        int[] at = line.append(content, passage.getStartOffset(), passage.getEndOffset());
        int base = passage.getStartOffset();
        for (int i = 0; i < passage.getNumMatches(); i++) {
          int start = passage.getMatchStarts()[i];
          int end = passage.getMatchEnds()[i];
          while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < end) {
            end = Math.max(end, passage.getMatchEnds()[++i]);
          }
          end = Math.min(end, passage.getEndOffset());
          if (start >= base && end > start) {
            line.mark(at[start - base], at[end - base]);
          }
        }
        previousEnd = passage.getEndOffset();
      }
      return line.snippet();
    }
  }

  /** The text being built, and its marks. */
  private static final class Line {
    private final StringBuilder text = new StringBuilder();
    private final List<int[]> marks = new ArrayList<>();

    boolean isEmpty() {
      return text.isEmpty();
    }

    void appendSeparator(String separator) {
      text.append(separator);
    }

    /**
     * Appends {@code content[from, to)}, white space holding a line break folded to one space; returns where each
     * offset of {@code from..to} (both included) landed in the text.
     */
    int[] append(String content, int from, int to) {
      int[] at = new int[to - from + 1];
      int i = from;
      while (i < to) {
        char c = content.charAt(i);
        if (Character.isWhitespace(c)) {
          int runEnd = i;
          boolean lineBreak = false;
          while (runEnd < to && Character.isWhitespace(content.charAt(runEnd))) {
            lineBreak |= content.charAt(runEnd) == '\n' || content.charAt(runEnd) == '\r';
            runEnd++;
          }
          if (lineBreak) {
            Arrays.fill(at, i - from, runEnd - from, text.length());
            text.append(' ');
            i = runEnd;
            continue;
          }
        }
        at[i - from] = text.length();
        text.append(c);
        i++;
      }
      at[to - from] = text.length();
      return at;
    }

    void mark(int start, int end) {
      if (end <= start) {
        return;
      }
      int[] last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
      if (last != null && start <= last[1]) {
        last[1] = Math.max(last[1], end);
      } else {
        marks.add(new int[] {start, end});
      }
    }

    /** The snippet, stripped of white space at both ends. */
    Snippet snippet() {
      int start = 0;
      int end = text.length();
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      List<Snippet.Span> spans = new ArrayList<>(marks.size());
      for (int[] mark : marks) {
        int from = Math.max(mark[0], start) - start;
        int to = Math.min(mark[1], end) - start;
        if (to > from) {
          spans.add(new Snippet.Span(from, to));
        }
      }
      return Snippet.of(text.substring(start, end), spans);
    }
  }
}
