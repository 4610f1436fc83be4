package org.fahras.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.fahras.Fahras;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.document.ReadListener;
import org.fahras.internal.index.Schema;
import org.fahras.internal.search.LuceneQueryBuilder;
import org.fahras.internal.search.QueryReader;
import org.fahras.search.QuerySyntaxException;
import org.fahras.search.QueryWeights;
import org.fahras.search.SearchRequest;
import org.fahras.time.TemporalTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 generated hostile queries never end in an unchecked exception: either they parse, or a {@link
 * QuerySyntaxException} names a position inside the query. Most are parsed only (with the real temporal tagger); every
 * 40th also runs as a full search (ranking, collapse, snippets, histogram) on a small index, where Lucene's own limits
 * (clause counts) would surface.
 */
class QueryFuzzTest {
  static final int QUERIES = 100_000;
  private static final int SEARCH_EVERY = 40;
  private static final long SEED = 0x5EED_FA4A5L;
  private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);

  @TempDir Path folder;

  @Test
  void hostileQueriesParseOrNameThePosition() throws IOException {
    Path input = GeneratedArticles.write(folder.resolve("articles.jsonl"), 300);
    List<String> failures = new ArrayList<>();
    int syntaxErrors = 0;
    int searches = 0;
    try (Analyzer analyzer = new Schema(AnalyzerProfile.FAHRAS).newAnalyzer();
        Fahras fahras = Fahras.open(folder.resolve("index"))) {
      fahras.addFrom(input, ReadListener.of(article -> {}, rejection -> failures.add(rejection.toString())));
      fahras.addFrom(Path.of("..", "seeds"), ReadListener.of(article -> {}, rejection -> failures.add(rejection.toString())));
      fahras.commit();
      QueryText parser = new QueryText(analyzer);
      HostileQueries queries = new HostileQueries(SEED);
      for (int n = 0; n < QUERIES && failures.size() < 20; n++) {
        String query = queries.next(n);
        boolean search = n % SEARCH_EVERY == 0;
        try {
          if (search) {
            searches++;
            fahras.search(SearchRequest.builder(query, AS_OF).limit(5).histogram(true).explain(n % 80 == 0).build());
          } else {
            parser.parse(query, AS_OF, n % 3 == 0);
          }
        } catch (QuerySyntaxException e) {
          syntaxErrors++;
          String problem = positionProblem(e, query);
          if (problem != null) {
            failures.add(describe(n, query, problem));
          }
        } catch (RuntimeException | StackOverflowError e) {
          failures.add(describe(n, query, stackTrace(e)));
        }
      }
    }
    assertEquals(List.of(), failures, "queries that broke the parser or the searcher");
    assertEquals(QUERIES / SEARCH_EVERY, searches);
    // About 45% are syntax errors with this seed; the bounds only check that both outcomes are exercised.
    assertTrue(syntaxErrors > QUERIES / 10 && syntaxErrors < QUERIES * 8 / 10, "syntax errors: " + syntaxErrors);
  }

  @Test
  void tenThousandTermsAndAMegabyteAreRefusedWithTheLimit() {
    try (Analyzer analyzer = new Schema(AnalyzerProfile.FAHRAS).newAnalyzer()) {
      QueryText parser = new QueryText(analyzer);
      String tenThousand = HostileQueries.terms(10_000);
      QuerySyntaxException terms = assertThrows(QuerySyntaxException.class, () -> parser.parse(tenThousand, AS_OF, false));
      assertEquals(SearchRequest.MAX_QUERY_CHARS, terms.position());
      assertTrue(terms.getMessage().contains("limit is " + SearchRequest.MAX_QUERY_CHARS), terms.getMessage());

      String megabyte = "ا".repeat(1 << 20);
      QuerySyntaxException length = assertThrows(QuerySyntaxException.class, () -> parser.parse(megabyte, AS_OF, false));
      assertTrue(length.getMessage().contains((1 << 20) + " characters"), length.getMessage());

      String tooManyWords = HostileQueries.terms(SearchRequest.MAX_QUERY_WORDS + 1);
      QuerySyntaxException words = assertThrows(QuerySyntaxException.class, () -> parser.parse(tooManyWords, AS_OF, false));
      assertTrue(words.getMessage().contains("more than " + SearchRequest.MAX_QUERY_WORDS), words.getMessage());
      parser.parse(HostileQueries.terms(SearchRequest.MAX_QUERY_WORDS), AS_OF, true);
    }
  }

  /** Reads and builds a query string as the engine does, without searching. */
  private static final class QueryText {
    private final QueryReader reader = new QueryReader(new TemporalTagger());
    private final LuceneQueryBuilder builder;

    QueryText(Analyzer analyzer) {
      this.builder = new LuceneQueryBuilder(new Schema(AnalyzerProfile.FAHRAS), analyzer);
    }

    void parse(String query, LocalDate asOf, boolean requireAllWords) {
      builder.build(reader.read(query, asOf), QueryWeights.DEFAULT, requireAllWords);
    }
  }

  /** Null when the exception names a position inside the query, else what is wrong with it. */
  private static String positionProblem(QuerySyntaxException e, String query) {
    if (e.position() < 0 || e.position() > query.length()) {
      return "position " + e.position() + " outside the query of " + query.length() + " chars";
    }
    if (!e.getMessage().contains("position " + e.position())) {
      return "message does not name the position: " + e.getMessage();
    }
    return null;
  }

  private static String describe(int n, String query, String problem) {
    String shown = query.length() > 200 ? query.substring(0, 200) + "…(" + query.length() + " chars)" : query;
    return "#" + n + " [" + shown + "]: " + problem;
  }

  private static String stackTrace(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String text = trace.toString();
    return text.length() > 600 ? text.substring(0, 600) : text;
  }
}
