package org.fahras.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.fahras.index.NearDuplicateSignature;
import org.fahras.index.Schema;

/**
 * Runs one {@link SearchRequest} on one point-in-time view of the index: parse, rank (date-aware, keeping top-k
 * skipping), collapse near-duplicates, highlight, count by month. Thread-safe: it holds no per-search state.
 */
public final class Searcher {
  /** Candidates fetched per requested hit when collapsing, so folded copies still leave enough distinct hits. */
  private static final int COLLAPSE_FACTOR = 3;
  private static final int SNIPPET_CHARS = 220;
  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");
  private static final Set<String> DISPLAY_FIELDS =
      Set.of(Schema.ID, Schema.TITLE, Schema.PUBLISHED, Schema.SOURCE, Schema.URL);

  private final Analyzer analyzer;
  private final QueryParser parser;

  /**
   * @param analyzer the index's per-field analyzer (for highlighting)
   * @param parser reads query strings
   */
  public Searcher(Analyzer analyzer, QueryParser parser) {
    this.analyzer = analyzer;
    this.parser = parser;
  }

  /**
   * Searches {@code searcher}'s view of the index.
   *
   * @throws QuerySyntaxException when the query cannot be read
   */
  public SearchResults search(IndexSearcher searcher, SearchRequest request) throws IOException {
    Plan plan = plan(searcher, request);
    if (plan == null) {
      return SearchResults.empty();
    }
    ParsedQuery parsed = plan.parsed();
    Query query = plan.query();
    DateAwareRanking ranking = plan.ranking();
    Weight mentions = plan.mentions();
    int candidates =
        request.collapseDuplicates()
            ? request.limit() * COLLAPSE_FACTOR + 10
            : request.limit();
    TopDocs top = rank(searcher, query, parsed.sortByDate(), ranking, mentions, candidates);

    List<List<ScoreDoc>> groups =
        request.collapseDuplicates() ? collapse(searcher, top.scoreDocs, request.limit()) : singletons(top, request.limit());
    String[] snippets = request.snippets() ? snippets(searcher, parsed, groups) : null;

    List<Hit> hits = new ArrayList<>(groups.size());
    for (int i = 0; i < groups.size(); i++) {
      hits.add(hit(searcher, groups.get(i), snippets == null ? null : snippets[i], request.explain() ? ranking : null, mentions));
    }
    List<SearchResults.MonthCount> histogram = List.of();
    long total = top.totalHits.value();
    boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
    if (request.histogram()) {
      MonthHistogram counts = new MonthHistogram();
      searcher.search(query, counts);
      histogram = counts.months();
      total = counts.total();
      exact = true;
    }
    return new SearchResults(total, exact, hits, histogram, parsed.intentText());
  }

  /**
   * What a request runs, before any document is collected: the parsed query, the Lucene query, the date-aware ranking
   * (weights already scaled to the query's text-score bound) and the weight finding articles that mention the asked
   * time. {@link #search} runs exactly this; benchmarks and tools that collect themselves use it to measure the same
   * thing.
   *
   * @param parsed the query as read
   * @param query the Lucene query that scores text, with filters and exclusions; with a date-aware ranking its term
   *     queries carry the statistics the ranking's scale was computed from, so searching it on the planned index does
   *     not look them up again
   * @param ranking the date-aware part ({@link DateAwareRanking#NONE} for text alone or {@code sort:date})
   * @param mentions a no-scores weight over articles mentioning the asked time, or null; it reads doc values, so it is
   *     cheap advanced along another query's hits and slow iterated alone
   */
  public record Plan(ParsedQuery parsed, Query query, DateAwareRanking ranking, Weight mentions) {}

  /**
   * Plans {@code request} on {@code searcher}'s view of the index; null when the query asks for nothing.
   *
   * @throws QuerySyntaxException when the query cannot be read
   */
  public Plan plan(IndexSearcher searcher, SearchRequest request) throws IOException {
    ParsedQuery parsed = parser.parse(request.query(), request.asOf(), request.requireAllWords());
    if (parsed.isEmpty()) {
      return null;
    }
    Query query = luceneQuery(parsed);
    boolean intent = parsed.intent() != null && (request.intentWeight() > 0 || request.mentionWeight() > 0);
    DateAwareRanking ranking = DateAwareRanking.NONE;
    Weight mentions = null;
    if (!parsed.sortByDate() && (request.recencyWeight() > 0 && request.recencyHalfLifeDays() > 0 || intent)) {
      // The date-aware weights are shares of what the text can score, so they weigh alike on every query.
      TextScoreBound bound = TextScoreBound.of(searcher, query);
      query = bound.query(); // the same query, its term statistics already looked up
      double scale = bound.value();
      ranking =
          DateAwareRanking.recency(
              request.asOf(), request.recencyHalfLifeDays(), request.recencyWeight() * scale);
      if (intent) {
        DateAwareRanking.DayInterval asked = parsed.intent();
        ranking =
            ranking.withIntent(
                LocalDate.ofEpochDay(asked.from()),
                LocalDate.ofEpochDay(asked.until()),
                request.intentWeight() * scale,
                request.mentionWeight() * scale);
        // Doc values: the collector checks only the documents it collects, in id order.
        Query mentionQuery = Schema.newMentionsWithinQuery(asked.from(), asked.until());
        mentions = searcher.createWeight(mentionQuery, ScoreMode.COMPLETE_NO_SCORES, 1);
      }
    }
    return new Plan(parsed, query, ranking, mentions);
  }

  /** The text query with the filters and exclusions around it; a bare disjunction stays bare. */
  static Query luceneQuery(ParsedQuery parsed) {
    Query text = parsed.text() == null ? new MatchAllDocsQuery() : parsed.text();
    if (parsed.filters().isEmpty() && parsed.exclusions().isEmpty()) {
      return text;
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder().add(text, Occur.MUST);
    parsed.filters().forEach(filter -> builder.add(filter, Occur.FILTER));
    parsed.exclusions().forEach(exclusion -> builder.add(exclusion, Occur.MUST_NOT));
    return builder.build();
  }

  private static TopDocs rank(
      IndexSearcher searcher,
      Query query,
      boolean byDate,
      DateAwareRanking ranking,
      Weight mentions,
      int n)
      throws IOException {
    if (byDate) {
      return searcher.search(query, n, Schema.indexSort());
    }
    if (ranking.isTextOnly()) {
      return searcher.search(query, n);
    }
    DateAwareTopDocsCollector collector =
        new DateAwareTopDocsCollector(n, ranking, Schema.PUBLISHED, Schema.indexSort(), mentions);
    searcher.search(query, collector);
    return collector.topDocs();
  }

  private static List<List<ScoreDoc>> singletons(TopDocs top, int limit) {
    List<List<ScoreDoc>> groups = new ArrayList<>();
    for (int i = 0; i < Math.min(limit, top.scoreDocs.length); i++) {
      groups.add(List.of(top.scoreDocs[i]));
    }
    return groups;
  }

  /**
   * Folds near-duplicates: in rank order, a hit joins the first representative it is similar to, or becomes one.
   * Stops at {@code limit} representatives.
   */
  private static List<List<ScoreDoc>> collapse(IndexSearcher searcher, ScoreDoc[] ranked, int limit)
      throws IOException {
    Map<Integer, BytesRef> signatures = signatures(searcher, ranked);
    List<List<ScoreDoc>> groups = new ArrayList<>();
    for (ScoreDoc hit : ranked) {
      BytesRef signature = signatures.get(hit.doc);
      List<ScoreDoc> home = null;
      if (signature != null) {
        for (List<ScoreDoc> group : groups) {
          BytesRef representative = signatures.get(group.get(0).doc);
          if (representative != null
              && NearDuplicateSignature.similarity(signature, representative)
                  >= NearDuplicateSignature.DUPLICATE_THRESHOLD) {
            home = group;
            break;
          }
        }
      }
      if (home != null) {
        home.add(hit);
      } else if (groups.size() < limit) {
        groups.add(new ArrayList<>(List.of(hit)));
      }
    }
    return groups;
  }

  /** Reads the signatures of {@code hits}, visiting documents in id order as doc values require. */
  private static Map<Integer, BytesRef> signatures(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    int[] docs = Arrays.stream(hits).mapToInt(hit -> hit.doc).sorted().toArray();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Map<Integer, BytesRef> signatures = new HashMap<>();
    int leafIndex = -1;
    BinaryDocValues values = null;
    LeafReaderContext leaf = null;
    for (int doc : docs) {
      int index = ReaderUtil.subIndex(doc, leaves);
      if (index != leafIndex) {
        leafIndex = index;
        leaf = leaves.get(index);
        values = DocValues.getBinary(leaf.reader(), Schema.SIGNATURE);
      }
      if (values.advanceExact(doc - leaf.docBase)) {
        signatures.put(doc, BytesRef.deepCopyOf(values.binaryValue()));
      }
    }
    return signatures;
  }

  private String[] snippets(IndexSearcher searcher, ParsedQuery parsed, List<List<ScoreDoc>> groups)
      throws IOException {
    if (groups.isEmpty() || parsed.highlight() == null) {
      return null;
    }
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), SNIPPET_CHARS, 0.5f))
            .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
            .withMaxNoHighlightPassages(1)
            .build();
    int[] docs = groups.stream().mapToInt(group -> group.get(0).doc).toArray();
    String[] snippets =
        highlighter
            .highlightFields(new String[] {Schema.BODY}, parsed.highlight(), docs, new int[] {1})
            .get(Schema.BODY);
    for (int i = 0; i < snippets.length; i++) {
      // A snippet is one line: paragraph breaks inside it become spaces.
      snippets[i] = snippets[i] == null ? null : LINE_BREAKS.matcher(snippets[i]).replaceAll(" ").strip();
    }
    return snippets;
  }

  private static Hit hit(
      IndexSearcher searcher, List<ScoreDoc> group, String snippet, DateAwareRanking explain, Weight mentions)
      throws IOException {
    ScoreDoc best = group.get(0);
    Document stored = searcher.storedFields().document(best.doc, DISPLAY_FIELDS);
    List<String> duplicates = new ArrayList<>();
    for (ScoreDoc copy : group.subList(1, group.size())) {
      duplicates.add(searcher.storedFields().document(copy.doc, Set.of(Schema.ID)).get(Schema.ID));
    }
    IndexableField published = stored.getField(Schema.PUBLISHED);
    LocalDate day = published == null ? null : LocalDate.ofEpochDay(published.numericValue().longValue());
    Hit.ScoreBreakdown breakdown = null;
    if (explain != null) {
      boolean mentioned = mentions != null && matches(searcher, mentions, best.doc);
      double recency = day == null ? explain.undatedRecency() : explain.recency(day.toEpochDay());
      double date = day == null ? explain.undatedScore(mentioned) : explain.score(day.toEpochDay(), mentioned);
      breakdown = new Hit.ScoreBreakdown(best.score - date, recency, date - recency);
    }
    return new Hit(
        stored.get(Schema.ID),
        best.score,
        stored.get(Schema.TITLE),
        day,
        stored.get(Schema.SOURCE),
        stored.get(Schema.URL),
        snippet,
        duplicates,
        breakdown);
  }

  private static boolean matches(IndexSearcher searcher, Weight weight, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Scorer scorer = weight.scorer(leaf);
    return scorer != null && scorer.iterator().advance(doc - leaf.docBase) == doc - leaf.docBase;
  }

}
