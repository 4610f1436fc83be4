package org.fahras.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * One token as an analyzer emits it, for inspection (like Elasticsearch's {@code _analyze}): the term, its character
 * offsets in the original text ({@code text.substring(start, end)} is what it came from) and its position.
 *
 * @param term the indexed term
 * @param start offset of the token's first character in the original text
 * @param end offset one past the token's last character
 * @param position the token's position (stopwords removed before it leave gaps)
 */
public record AnalyzedToken(String term, int start, int end, int position) {

  /**
   * Runs {@code analyzer} over {@code text} and lists what it emits. Meant for tools and tests, not hot paths: it
   * allocates a record per token.
   */
  public static List<AnalyzedToken> listOf(Analyzer analyzer, String fieldName, String text) {
    List<AnalyzedToken> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(fieldName, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(new AnalyzedToken(term.toString(), offset.startOffset(), offset.endOffset(), position));
      }
      stream.end();
    } catch (IOException e) {
      // Analyzing a String never does real I/O; an IOException here is a broken filter.
      throw new UncheckedIOException("analysis failed", e);
    }
    return tokens;
  }
}
