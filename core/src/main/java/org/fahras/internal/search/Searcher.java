package org.fahras.internal.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.fahras.internal.index.Schema;
import org.fahras.search.DateAwareQuery;
import org.fahras.search.Hit;
import org.fahras.search.QuerySyntaxException;
import org.fahras.search.SearchRequest;
import org.fahras.search.SearchResults;
import org.fahras.search.Snippet;
import org.fahras.search.TimeIntent;
import org.fahras.time.TemporalTagger;

/**
 * Runs one {@link SearchRequest} on one point-in-time view of the index: parse, rank (a {@link DateAwareQuery}
 * through Lucene's own top-k collector, so skipping starts at once and an executor searches slices in parallel),
 * collapse near-duplicates into stories, cut the asked page, highlight, and count by month only when asked.
 * Thread-safe: it holds no per-search state.
 */
public final class Searcher {
  /** The most candidates one page may fetch while looking for enough stories. */
  private static final int MAX_CANDIDATES = StoryGrouping.candidatesFor(SearchRequest.MAX_DEPTH);
  /** Up to this many matches, every match is grouped, so the number of stories is known. */
  private static final int STORIES_COUNTED_UP_TO = 1_000;
  private static final Set<String> DISPLAY_FIELDS =
      Set.of(Schema.ID, Schema.TITLE, Schema.PUBLISHED, Schema.SOURCE, Schema.URL);

  private final QueryReader reader;
  private final LuceneQueryBuilder builder;
  private final Snippets snippets;

  /**
   * @param schema the index's schema
   * @param analyzer the index's per-field analyzer ({@link Schema#newAnalyzer()}), for queries and highlighting
   * @param tagger finds the times a query names
   */
  public Searcher(Schema schema, Analyzer analyzer, TemporalTagger tagger) {
    this.reader = new QueryReader(tagger);
    this.builder = new LuceneQueryBuilder(schema, analyzer);
    this.snippets = new Snippets(analyzer);
  }

  /**
   * A request read and built.
   *
   * @param tree what the query string says
   * @param lucene its Lucene queries, built with the request's field weights and operator
   */
  private record Plan(QueryTree tree, LuceneQuery lucene) {
    /** True when the query asks for nothing: no words, filters or time. */
    boolean isEmpty() {
      return lucene.text() == null && lucene.filters().isEmpty() && tree.intent() == null;
    }
  }

  private Plan plan(SearchRequest request) {
    QueryTree tree = reader.read(request.query(), request.asOf());
    return new Plan(tree, builder.build(tree, request.weights(), request.requireAllWords()));
  }

  /** Builds, for the articles that mention a time, the query matching those mentioning one inside the asked days. */
  @FunctionalInterface
  public interface MentionsQuery {
    /**
     * @param fromDay the first asked day, in epoch days
     * @param untilDay the day after the last asked day
     */
    Query within(long fromDay, long untilDay);
  }

  /**
   * The Lucene query {@link #search} ranks by for {@code request}, or null when the query asks for nothing: the text
   * query with its filters and exclusions, inside a {@link DateAwareQuery} when the request ranks by date (neither
   * {@code sort:date} nor recency and intent off).
   *
   * @param mentions finds the articles mentioning an asked time (the embedded index: {@link
   *     Schema#newMentionsWithinQuery}; OpenSearch: a {@code LongRange} within query on its {@code long_range} field)
   * @throws QuerySyntaxException when the query cannot be read
   */
  public Query query(SearchRequest request, MentionsQuery mentions) {
    Plan plan = plan(request);
    return plan.isEmpty() ? null : query(plan, request, mentions);
  }

  private static Query query(Plan plan, SearchRequest request, MentionsQuery mentions) {
    Query text = textQuery(plan.lucene());
    if (plan.tree().sortByDate()) {
      return text;
    }
    boolean recency = request.recencyWeight() > 0 && request.recencyHalfLifeDays() > 0;
    QueryTree.AskedTime asked = plan.tree().intent();
    boolean intent = asked != null && (request.intentWeight() > 0 || request.mentionWeight() > 0);
    if (!recency && !intent) {
      return text;
    }
    DateAwareQuery.Builder ranked =
        DateAwareQuery.builder(text, Schema.PUBLISHED)
            .recency(request.asOf(), request.recencyHalfLifeDays(), recency ? request.recencyWeight() : 0);
    if (intent) {
      ranked.intent(
          LocalDate.ofEpochDay(asked.fromDay()),
          LocalDate.ofEpochDay(asked.untilDay()),
          request.intentWeight(),
          request.mentionWeight() > 0 ? mentions.within(asked.fromDay(), asked.untilDay()) : null,
          request.mentionWeight());
    }
    return ranked.build();
  }

  /** The text query with the filters and exclusions around it; a bare disjunction stays bare. */
  static Query textQuery(LuceneQuery parsed) {
    Query text = parsed.text() == null ? new MatchAllDocsQuery() : parsed.text();
    if (parsed.filters().isEmpty() && parsed.exclusions().isEmpty()) {
      return text;
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder().add(text, Occur.MUST);
    parsed.filters().forEach(filter -> builder.add(filter, Occur.FILTER));
    parsed.exclusions().forEach(exclusion -> builder.add(exclusion, Occur.MUST_NOT));
    return builder.build();
  }

  /**
   * Searches {@code searcher}'s view of the index.
   *
   * @throws QuerySyntaxException when the query cannot be read
   */
  public SearchResults search(IndexSearcher searcher, SearchRequest request) throws IOException {
    Plan plan = plan(request);
    if (plan.isEmpty()) {
      return SearchResults.empty();
    }
    Query query = query(plan, request, Schema::newMentionsWithinQuery);
    int offset = (request.page() - 1) * request.limit();
    int wanted = offset + request.limit();

    Stories stories = stories(searcher, query, plan.tree().sortByDate(), request.collapseDuplicates(), wanted);
    List<Story> page = stories.groups().subList(Math.min(offset, stories.groups().size()), Math.min(wanted, stories.groups().size()));
    List<Snippet> passages =
        request.snippets() && plan.lucene().highlight() != null
            ? snippets.of(
                searcher, plan.lucene().highlight(), page.stream().mapToInt(story -> story.shown().doc).toArray())
            : null;
    List<Hit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      Story story = page.get(i);
      Hit.ScoreBreakdown breakdown = request.explain() ? breakdown(searcher, query, story.best()) : null;
      // Only the listed copies are read from the index; the others are counted.
      List<ScoreDoc> listed = story.copies().subList(0, Math.min(request.copiesPerHit(), story.copies().size()));
      List<Hit> copies = new ArrayList<>(listed.size());
      for (ScoreDoc copy : listed) {
        copies.add(hit(searcher, copy, copy.score, null, List.of(), 0, null));
      }
      hits.add(
          hit(searcher, story.shown(), story.best().score, passages == null ? null : passages.get(i), copies,
              story.copies().size(), breakdown));
    }

    long total = stories.total().value();
    boolean exact = stories.total().relation() == TotalHits.Relation.EQUAL_TO;
    List<SearchResults.MonthCount> histogram = List.of();
    if (request.histogram()) {
      MonthHistogram.Counts counts = searcher.search(query, new MonthHistogram(Schema.PUBLISHED));
      histogram = counts.months();
      total = counts.total();
      exact = true;
    }
    boolean hasMore = stories.groups().size() > wanted || (stories.groups().size() == wanted && stories.mayHaveMore());
    return SearchResults.builder()
        .total(total, exact)
        .hits(hits)
        .page(request.page(), hasMore)
        .stories(stories.counted())
        .histogram(histogram)
        .intent(intent(plan.tree()))
        .build();
  }

  private static TimeIntent intent(QueryTree tree) {
    QueryTree.AskedTime asked = tree.intent();
    return asked == null
        ? null
        : new TimeIntent(
            asked.words(), LocalDate.ofEpochDay(asked.fromDay()), LocalDate.ofEpochDay(asked.untilDay() - 1));
  }

  /**
   * The ranking's first stories, at least {@code wanted} of them (plus one, to know whether more follow) when the
   * index has them: candidates are fetched in growing batches until the folded copies leave enough stories.
   */
  private static Stories stories(
      IndexSearcher searcher, Query query, boolean byDate, boolean collapse, int wanted) throws IOException {
    int candidates = collapse ? StoryGrouping.candidatesFor(wanted) : wanted + 1;
    while (true) {
      TopDocs top = rank(searcher, query, byDate, candidates);
      boolean sawEveryMatch = top.scoreDocs.length < candidates;
      boolean countAll =
          collapse && sawEveryMatch && top.scoreDocs.length <= STORIES_COUNTED_UP_TO;
      List<Story> groups =
          collapse
              ? StoryGrouping.group(searcher, top.scoreDocs, countAll ? Integer.MAX_VALUE : wanted + 1)
              : Story.singletons(top.scoreDocs);
      if (sawEveryMatch || groups.size() > wanted || candidates >= MAX_CANDIDATES) {
        OptionalLong counted = countAll ? OptionalLong.of(groups.size()) : OptionalLong.empty();
        return new Stories(groups, top.totalHits, !sawEveryMatch, counted);
      }
      candidates = (int) Math.min(MAX_CANDIDATES, 2L * candidates);
    }
  }

  /**
   * The stories of one ranking.
   *
   * @param groups the stories in rank order
   * @param total the collector's count of matches (a lower bound once skipping began)
   * @param mayHaveMore true when matches beyond the fetched candidates may exist
   * @param counted the number of stories among all matches, when every match was grouped
   */
  private record Stories(List<Story> groups, TotalHits total, boolean mayHaveMore, OptionalLong counted) {}

  /**
   * The top {@code n} by score, through Lucene's own collector with a total-hits threshold of {@code n}, so skipping
   * starts as soon as {@code n} hits are in; or for {@code sort:date} the newest {@code n}, which stops each segment
   * after {@code n} matches (the index is sorted that way), with the text scores of those hits filled in.
   */
  private static TopDocs rank(IndexSearcher searcher, Query query, boolean byDate, int n) throws IOException {
    if (byDate) {
      TopDocs newest = searcher.search(query, new TopFieldCollectorManager(Schema.indexSort(), n, null, n));
      TopFieldCollector.populateScores(newest.scoreDocs, searcher, query);
      return newest;
    }
    return searcher.search(query, new TopScoreDocCollectorManager(n, null, n));
  }

  /** The parts of {@code hit}'s score, from the query's explanation of it. */
  private static Hit.ScoreBreakdown breakdown(IndexSearcher searcher, Query query, ScoreDoc hit) throws IOException {
    if (!(query instanceof DateAwareQuery)) {
      return new Hit.ScoreBreakdown(hit.score, 0, 0);
    }
    Explanation[] parts = searcher.explain(query, hit.doc).getDetails();
    return new Hit.ScoreBreakdown(
        parts[0].getValue().doubleValue(), parts[1].getValue().doubleValue(), parts[2].getValue().doubleValue());
  }

  private static Hit hit(
      IndexSearcher searcher,
      ScoreDoc doc,
      float score,
      Snippet snippet,
      List<Hit> copies,
      int copyCount,
      Hit.ScoreBreakdown breakdown)
      throws IOException {
    Document stored = searcher.storedFields().document(doc.doc, DISPLAY_FIELDS);
    IndexableField published = stored.getField(Schema.PUBLISHED);
    return Hit.builder(stored.get(Schema.ID))
        .score(score)
        .title(stored.get(Schema.TITLE))
        .published(published == null ? null : LocalDate.ofEpochDay(published.numericValue().longValue()))
        .source(stored.get(Schema.SOURCE))
        .url(stored.get(Schema.URL))
        .snippet(snippet)
        .duplicates(copies)
        .duplicateCount(copyCount)
        .explanation(breakdown)
        .build();
  }
}
