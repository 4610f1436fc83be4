package org.fahras.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.analysis.FahrasAnalyzer;

/**
 * One text analysed once, and the views an index makes of it replayed from what that one analysis recorded: the
 * exact words, their stems and, where the profile has them, the stems' grams. Made by {@link #of(AnalyzerProfile)}.
 *
 * <p>{@link #analyze} runs the profile's unstemmed chain ({@link AnalyzerProfile#newExactAnalyzer()}: tokenizer,
 * normalization, stopwords) over the text once and records each word; the profile's stemmer runs once over a replay of
 * the words, and its output is recorded too. Each view is then the profile's own filters over a replay, so it emits
 * exactly what the profile's analyzer for that view emits ({@link AnalyzerProfile#newAnalyzer()}, {@link
 * AnalyzerProfile#newExactAnalyzer()}, {@link AnalyzerProfile#newGramAnalyzer()}): the same code, fed the same
 * tokens. A replay carries what those filters read and an index writes: the term, its offsets, its position increment
 * and its keyword flag.
 *
 * <p>Without it, an index analyses each text once per view from the tokenizer up (three times for {@code fahras}).
 * The recorded tokens live in arrays reused from one text to the next, so once they have grown to the longest text
 * nothing is allocated per token.
 *
 * <p>Not thread-safe, and the views are valid until the next {@link #analyze}: use one instance per thread, and index
 * what it made before analysing the next text.
 */
final class TextViews {
  /** Texts past this many recorded characters get arrays of their own, dropped at the next text. */
  private static final int RETAINED_CHARS = 1 << 20;

  private final Analyzer words;
  private final Recording wordTokens = new Recording();
  private final Recording stemTokens;
  private final TokenStream stemmer;
  private final TokenStream exactView;
  private final TokenStream stemView;
  private final TokenStream gramView;

  /**
   * New views for {@code profile}: one analysis of a text, replayed as the tokens {@link
   * AnalyzerProfile#newExactAnalyzer()}, {@link AnalyzerProfile#newAnalyzer()} and {@link
   * AnalyzerProfile#newGramAnalyzer()} emit.
   */
  static TextViews of(AnalyzerProfile profile) {
    return switch (profile) {
      case STANDARD -> new TextViews(profile.newExactAnalyzer(), null, null);
      case LUCENE_ARABIC -> new TextViews(profile.newExactAnalyzer(), ArabicStemFilter::new, null);
      case FAHRAS -> new TextViews(profile.newExactAnalyzer(), FahrasAnalyzer::stems, FahrasAnalyzer::grams);
      case FAHRAS_LEAN -> new TextViews(profile.newExactAnalyzer(), FahrasAnalyzer::stems, null);
    };
  }

  /**
   * @param words the unstemmed chain, run once per text
   * @param stems the profile's stemming filters over a stream of words, or null when the profile does not stem (the
   *     stems are then the words)
   * @param grams the profile's gram filters over a stream of stems, or null when it has no gram view
   */
  TextViews(Analyzer words, UnaryOperator<TokenStream> stems, UnaryOperator<TokenStream> grams) {
    this.words = words;
    this.exactView = new Replay(wordTokens);
    if (stems == null) {
      this.stemTokens = wordTokens;
      this.stemmer = null;
    } else {
      this.stemTokens = new Recording();
      this.stemmer = stems.apply(new Replay(wordTokens));
    }
    this.stemView = stems == null ? exactView : new Replay(stemTokens);
    this.gramView = grams == null ? null : grams.apply(new Replay(stemTokens));
  }

  /**
   * Analyses {@code text} (from the field {@code field}'s point of view, for analyzers that care) and makes it what
   * the views replay.
   */
  void analyze(String field, String text) {
    try {
      wordTokens.record(words.tokenStream(field, text));
      if (stemmer != null) {
        stemTokens.record(stemmer);
      }
    } catch (IOException e) {
      // Analysing a String never does real I/O; an IOException here is a broken filter.
      throw new UncheckedIOException("analysis failed", e);
    }
  }

  /** The words as the unstemmed chain made them: what {@link AnalyzerProfile#newExactAnalyzer()} emits. */
  TokenStream exact() {
    return exactView;
  }

  /** The stems: what {@link AnalyzerProfile#newAnalyzer()} emits. */
  TokenStream stems() {
    return stemView;
  }

  /** The stems' grams (what {@link AnalyzerProfile#newGramAnalyzer()} emits), or null when the profile has none. */
  TokenStream grams() {
    return gramView;
  }

  /** Tokens as a stream emitted them, in arrays reused from one stream to the next. */
  private static final class Recording {
    /** Per token: start of its term in {@link #chars}, term length, start offset, end offset, increment. */
    private static final int STRIDE = 5;
    /** Set on the increment slot of a token marked as a keyword. */
    private static final int KEYWORD = 1 << 31;

    private char[] chars = new char[256];
    private int[] tokens = new int[32 * STRIDE];
    private int charCount;
    private int size;
    private int finalOffset;
    private int finalIncrement;

    void record(TokenStream stream) throws IOException {
      if (chars.length > RETAINED_CHARS) {
        chars = new char[256];
        tokens = new int[32 * STRIDE];
      }
      charCount = 0;
      size = 0;
      try (stream) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        KeywordAttribute keyword = stream.hasAttribute(KeywordAttribute.class) ? stream.getAttribute(KeywordAttribute.class) : null;
        stream.reset();
        while (stream.incrementToken()) {
          int length = term.length();
          chars = ArrayUtil.grow(chars, charCount + length);
          System.arraycopy(term.buffer(), 0, chars, charCount, length);
          tokens = ArrayUtil.grow(tokens, (size + 1) * STRIDE);
          int at = size * STRIDE;
          tokens[at] = charCount;
          tokens[at + 1] = length;
          tokens[at + 2] = offset.startOffset();
          tokens[at + 3] = offset.endOffset();
          tokens[at + 4] = increment.getPositionIncrement() | (keyword != null && keyword.isKeyword() ? KEYWORD : 0);
          charCount += length;
          size++;
        }
        stream.end();
        finalOffset = offset.endOffset();
        finalIncrement = increment.getPositionIncrement();
      }
    }
  }

  /** Replays a {@link Recording}; reusable: each {@link #reset()} starts again from its first token. */
  private static final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final Recording recording;
    private int next;

    Replay(Recording recording) {
      this.recording = recording;
    }

    @Override
    public boolean incrementToken() {
      if (next == recording.size) {
        return false;
      }
      clearAttributes();
      int[] tokens = recording.tokens;
      int at = next++ * Recording.STRIDE;
      term.copyBuffer(recording.chars, tokens[at], tokens[at + 1]);
      offset.setOffset(tokens[at + 2], tokens[at + 3]);
      increment.setPositionIncrement(tokens[at + 4] & ~Recording.KEYWORD);
      keyword.setKeyword((tokens[at + 4] & Recording.KEYWORD) != 0);
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(recording.finalOffset, recording.finalOffset);
      increment.setPositionIncrement(recording.finalIncrement);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
