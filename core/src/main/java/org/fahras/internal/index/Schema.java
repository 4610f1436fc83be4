package org.fahras.internal.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.fahras.document.Article;
import org.fahras.time.TemporalMention;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortedNumericSelector;
import org.fahras.analysis.AnalyzerProfile;

/**
 * Every field of a Fahras index and how it is indexed. The one place that knows field names.
 *
 * <table>
 *   <caption>Fields</caption>
 *   <tr><th>field</th><th>how</th><th>for</th></tr>
 *   <tr><td>{@value #ID}</td><td>keyword, stored</td><td>update and delete by id</td></tr>
 *   <tr><td>{@value #TITLE}, {@value #BODY}</td><td>the profile's stems, frequencies only; the text stored</td>
 *       <td>BM25 (title weighted), snippets</td></tr>
 *   <tr><td>{@value #TITLE_EXACT}, {@value #BODY_EXACT}</td><td>the words, normalized but unstemmed; positions</td>
 *       <td>exact words and "phrases"</td></tr>
 *   <tr><td>{@value #GRAMS}</td><td>title and body as the stems' 3-grams (profile {@code fahras} only);
 *       frequencies only</td>
 *       <td>a low-weighted broad match of word forms light stemming keeps apart</td></tr>
 *   <tr><td>{@value #PUBLISHED}</td><td>{@code LongField} of epoch days (points + doc values), stored</td>
 *       <td>recency, date filters, sorting; the index is sorted on it, newest first</td></tr>
 *   <tr><td>{@value #MENTIONS}</td><td>{@code LongRange}s of epoch days [from, until), multi-valued, and the same
 *       intervals as sorted-numeric doc values</td>
 *       <td>temporal intent: articles that talk about the asked time ({@link #newMentionsWithinQuery}); the points
 *       suit range filters</td></tr>
 *   <tr><td>{@value #SOURCE}</td><td>keyword with doc values, stored</td><td>{@code source:} filter, stats</td></tr>
 *   <tr><td>{@value #URL}, {@value #CATEGORY}</td><td>stored</td><td>display</td></tr>
 *   <tr><td>{@value #SIGNATURE}</td><td>binary doc values (MinHash)</td><td>near-duplicate collapse</td></tr>
 * </table>
 *
 * <p>Each text is analysed once per article ({@link TextViews}): the stems, the exact words and the grams are replayed
 * from that one analysis, token for token what the profile's analyzer for each field ({@link #newAnalyzer()}) emits,
 * so queries, which use that analyzer, meet the documents by construction.
 *
 * <p>Immutable and thread-safe.
 */
public final class Schema {
  /** Article id: the key of updates and deletes. */
  public static final String ID = "id";
  /** Title, analyzed with the profile. */
  public static final String TITLE = "title";
  /** Body, analyzed with the profile. */
  public static final String BODY = "body";
  /** Title, normalized but not stemmed. */
  public static final String TITLE_EXACT = "title_exact";
  /** Body, normalized but not stemmed. */
  public static final String BODY_EXACT = "body_exact";
  /** Title and body as stem 3-grams, for profiles that have them: broad matching of word forms. */
  public static final String GRAMS = "grams";
  /** Publication day, in days since 1970-01-01. */
  public static final String PUBLISHED = "published";
  /** Times the body mentions, as day ranges. */
  public static final String MENTIONS = "mentions";
  /** The outlet. */
  public static final String SOURCE = "source";
  /** Where the article came from. */
  public static final String URL = "url";
  /** The outlet's section. */
  public static final String CATEGORY = "category";
  /** Near-duplicate signature. */
  public static final String SIGNATURE = "signature";

  /**
   * Bumped whenever the fields or their indexing change incompatibly. 2: mentions also as doc values (format 1 indexes
   * lack them, so their mentions would silently stop counting). 3: the stemmer keeps the first letter of words that
   * only look as if they began with a proclitic (وزير no longer becomes زير) and removes a bare ف, so stems in older
   * indexes would no longer meet the query's. 4: the gram view holds only the stems' 3-grams, no longer the whole stems
   * (older indexes would score the gram view differently), and the near-duplicate signature folds text as the analyzer
   * does (older signatures would not match new ones on Persian letters, hamza seats and words joined by a ZWNJ).
   */
  public static final int FORMAT_VERSION = 4;

  private static final Sort NEWEST_FIRST =
      new Sort(
          LongField.newSortField(PUBLISHED, true, SortedNumericSelector.Type.MIN, Long.MIN_VALUE));

  // The views are indexed from token streams, which cannot be stored: title and body are stored by fields of their own.
  /** Stemmed text: frequencies for BM25, no positions (phrases use the exact fields). */
  private static final FieldType STEMMED_TEXT = textType(IndexOptions.DOCS_AND_FREQS);
  /** Exact text: positions for phrases. */
  private static final FieldType EXACT_TEXT = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
  /** Stem grams: frequencies only. */
  private static final FieldType GRAM_TEXT = textType(IndexOptions.DOCS_AND_FREQS);

  private final AnalyzerProfile profile;
  private final boolean grams;

  /** The schema of an index analyzed with {@code profile}. */
  public Schema(AnalyzerProfile profile) {
    this.profile = profile;
    this.grams = profile.newGramAnalyzer().isPresent();
  }

  /** True when this profile indexes the {@value #GRAMS} field. */
  public boolean hasGrams() {
    return grams;
  }

  /** The analyzer profile of the text fields. */
  public AnalyzerProfile profile() {
    return profile;
  }

  /** The term that identifies an article, for updates and deletes. */
  public static Term idTerm(String id) {
    return new Term(ID, id);
  }

  /**
   * The Lucene document of an article.
   *
   * @param mentions the times its text mentions; each is indexed as a day range
   */
  public Document toDocument(Article article, List<TemporalMention> mentions) {
    return toDocument(article, mentions, newViews());
  }

  /** Views of an article's title and body for one thread: see {@link #toDocument(Article, List, ArticleViews)}. */
  ArticleViews newViews() {
    return new ArticleViews(TextViews.of(profile), TextViews.of(profile));
  }

  /** The title's and the body's {@link TextViews}. */
  record ArticleViews(TextViews title, TextViews body) {}

  /**
   * The Lucene document of an article, its text analysed with {@code views}: index it before {@code views} analyse the
   * next article, whose tokens take the place of this one's.
   */
  Document toDocument(Article article, List<TemporalMention> mentions, ArticleViews views) {
    Document document = new Document();
    document.add(new StringField(ID, article.id(), Field.Store.YES));
    document.add(new StoredField(TITLE, article.title()));
    document.add(new StoredField(BODY, article.body()));
    views.title().analyze(TITLE, article.title());
    views.body().analyze(BODY, article.body());
    document.add(new Field(TITLE, views.title().stems(), STEMMED_TEXT));
    document.add(new Field(BODY, views.body().stems(), STEMMED_TEXT));
    document.add(new Field(TITLE_EXACT, views.title().exact(), EXACT_TEXT));
    document.add(new Field(BODY_EXACT, views.body().exact(), EXACT_TEXT));
    if (grams) {
      // Two values, not one joined text: each is analyzed alone, as OpenSearch's copy_to of title and body into
      // the same field does, so both engines count a stem's grams alike.
      document.add(new Field(GRAMS, views.title().grams(), GRAM_TEXT));
      document.add(new Field(GRAMS, views.body().grams(), GRAM_TEXT));
    }
    if (article.published() != null) {
      document.add(new LongField(PUBLISHED, article.published().toEpochDay(), Field.Store.YES));
    }
    for (TemporalMention mention : mentions) {
      long from = mention.from().toEpochDay();
      long until = mention.until().toEpochDay();
      // LongRange bounds are inclusive: the last day is the day before "until".
      document.add(new LongRange(MENTIONS, new long[] {from}, new long[] {until - 1}));
      document.add(new SortedNumericDocValuesField(MENTIONS, MentionsWithinQuery.encode(from, until)));
    }
    if (article.source() != null) {
      document.add(new KeywordField(SOURCE, article.source(), Field.Store.YES));
    }
    if (article.url() != null) {
      document.add(new StoredField(URL, article.url()));
    }
    if (article.category() != null) {
      document.add(new KeywordField(CATEGORY, article.category(), Field.Store.YES));
    }
    document.add(
        new BinaryDocValuesField(
            SIGNATURE, new BytesRef(NearDuplicateSignature.of(article.title(), article.body()))));
    return document;
  }

  private static FieldType textType(IndexOptions options) {
    FieldType type = new FieldType();
    type.setIndexOptions(options);
    type.setTokenized(true);
    type.freeze();
    return type;
  }

  /**
   * Articles whose body mentions a time lying wholly inside {@code [from, until)} (epoch days): the same documents as
   * a {@code LongRange} within query on {@value #MENTIONS}, found through doc values. Meant for checking the documents
   * another query finds, one by one in id order; as the only clause it would read every article's mentions.
   */
  public static Query newMentionsWithinQuery(long from, long until) {
    return new MentionsWithinQuery(MENTIONS, from, until);
  }

  /** The index sort: publication date, newest first, undated articles last. */
  public static Sort indexSort() {
    return NEWEST_FIRST;
  }

  /**
   * A new per-field analyzer: the profile's analyzer for the main text fields, its unstemmed variant for the exact
   * fields, its gram analyzer for {@value #GRAMS}. Used at index and query time alike, so both sides analyze the same way by construction.
   */
  public Analyzer newAnalyzer() {
    Analyzer exact = profile.newExactAnalyzer();
    Map<String, Analyzer> perField = new HashMap<>(Map.of(TITLE_EXACT, exact, BODY_EXACT, exact));
    profile.newGramAnalyzer().ifPresent(gramAnalyzer -> perField.put(GRAMS, gramAnalyzer));
    return new PerFieldAnalyzerWrapper(profile.newAnalyzer(), perField);
  }
}
