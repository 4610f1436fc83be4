package org.fahras.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.fahras.Fahras;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.document.Article;
import org.fahras.internal.index.Schema;
import org.fahras.search.Hit;
import org.fahras.search.QuerySyntaxException;
import org.fahras.search.QueryWeights;
import org.fahras.search.SearchRequest;
import org.fahras.time.TemporalTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tree as Lucene queries: which fields each part searches, with which weight, and what stays optional. */
class LuceneQueryBuilderTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);
  private static final Schema SCHEMA = new Schema(AnalyzerProfile.FAHRAS);
  private static final Analyzer ANALYZER = SCHEMA.newAnalyzer();
  private static final QueryReader READER = new QueryReader(new TemporalTagger());
  private static final LuceneQueryBuilder BUILDER = new LuceneQueryBuilder(SCHEMA, ANALYZER);

  @TempDir Path folder;

  private static LuceneQuery build(String query, QueryWeights weights, boolean and) {
    return BUILDER.build(READER.read(query, AS_OF), weights, and);
  }

  /** Every term clause of {@code query} as {@code occur field:term^boost}, boosts multiplied down the tree. */
  private static Set<String> clauses(Query query) {
    Set<String> found = new TreeSet<>();
    collect(query, BooleanClause.Occur.SHOULD, 1f, found);
    return found;
  }

  private static void collect(Query query, BooleanClause.Occur occur, float boost, Set<String> found) {
    if (query instanceof BoostQuery boosted) {
      collect(boosted.getQuery(), occur, boost * boosted.getBoost(), found);
    } else if (query instanceof BooleanQuery bool) {
      for (BooleanClause clause : bool) {
        collect(clause.query(), clause.occur() == BooleanClause.Occur.SHOULD ? occur : clause.occur(), boost, found);
      }
    } else if (query instanceof TermQuery term) {
      found.add(occur.name() + " " + term.getTerm().field() + ":" + term.getTerm().text() + "^" + boost);
    } else if (query instanceof PhraseQuery phrase) {
      List<String> terms = new ArrayList<>();
      for (Term term : phrase.getTerms()) {
        terms.add(term.text());
      }
      found.add(occur.name() + " " + phrase.getField() + ":\"" + String.join(" ", terms) + "\"^" + boost);
    }
  }

  @Test
  void aWordSearchesItsStemsExactFormsAndGramsWithTheirWeights() {
    Set<String> clauses = clauses(build("بالوزير", QueryWeights.DEFAULT, false).text());
    float title = QueryWeights.DEFAULT.title();
    float exact = QueryWeights.DEFAULT.exact();
    assertTrue(clauses.contains("SHOULD title:وزير^" + title), clauses.toString());
    assertTrue(clauses.contains("SHOULD body:وزير^1.0"), clauses.toString());
    assertTrue(clauses.contains("SHOULD title_exact:بالوزير^" + title * exact), clauses.toString());
    assertTrue(clauses.contains("SHOULD body_exact:بالوزير^" + exact), clauses.toString());
    assertTrue(clauses.contains("SHOULD grams:وزي^" + QueryWeights.DEFAULT.grams()), clauses.toString());
  }

  @Test
  void theRequestsWeightsAreTheOnesUsed() {
    Set<String> clauses = clauses(build("الوزير", new QueryWeights(5f, 0f, 0f), false).text());
    assertEquals(Set.of("SHOULD title:وزير^5.0", "SHOULD body:وزير^1.0"), clauses);
  }

  @Test
  void withAndEachWordOrGroupIsRequiredAndOnlyGramsStayOptional() {
    BooleanQuery text = (BooleanQuery) build("العراق سوريا OR لبنان", QueryWeights.DEFAULT, true).text();
    List<BooleanClause> required = text.clauses().stream().filter(c -> c.occur() == BooleanClause.Occur.MUST).toList();
    assertEquals(2, required.size(), "العراق, and سوريا OR لبنان");
    Set<String> either = clauses(required.get(1).query());
    assertTrue(either.contains("SHOULD body:سوري^1.0") && either.contains("SHOULD body:لبنان^1.0"), either.toString());
    assertTrue(
        text.clauses().stream()
            .filter(c -> c.occur() == BooleanClause.Occur.SHOULD)
            .allMatch(c -> clauses(c.query()).stream().allMatch(clause -> clause.contains(" grams:"))),
        text.toString());
  }

  @Test
  void aPhraseIsRequiredOnTheExactFields() {
    Set<String> clauses = clauses(build("\"قاعدة عين الأسد\"", QueryWeights.DEFAULT, false).text());
    assertEquals(
        Set.of(
            "MUST body_exact:\"قاعده عين الاسد\"^1.0",
            "MUST title_exact:\"قاعده عين الاسد\"^" + QueryWeights.DEFAULT.title()),
        clauses);
  }

  @Test
  void anExclusionExcludesEveryFieldTheWordIsSearchedIn() {
    LuceneQuery built = build("العراق -داعش", QueryWeights.DEFAULT, false);
    assertEquals(1, built.exclusions().size());
    assertEquals(
        Set.of("SHOULD title:داعش^1.0", "SHOULD body:داعش^1.0", "SHOULD title_exact:داعش^1.0", "SHOULD body_exact:داعش^1.0"),
        clauses(built.exclusions().get(0)));
  }

  @Test
  void aWordOnlyInTheTitleIsExcludedToo() throws IOException {
    try (Fahras fahras = Fahras.open(folder.resolve("index"))) {
      fahras.add(Article.builder("title-only").title("داعش يهاجم").body("هجوم في العراق").build());
      fahras.add(Article.builder("neither").title("أخبار").body("هجوم في العراق").build());
      List<String> ids =
          fahras.search(SearchRequest.builder("العراق -داعش", AS_OF).build()).hits().stream().map(Hit::id).toList();
      assertEquals(List.of("neither"), ids);
    }
  }

  @Test
  void filtersAreRangesAndKeywords() {
    LuceneQuery built = build("source:رويترز after:2024-09-01 before:2025", QueryWeights.DEFAULT, false);
    assertNull(built.text());
    assertEquals("source:رويترز", built.filters().get(0).toString());
    assertEquals(
        "published:[" + LocalDate.of(2024, 9, 1).toEpochDay() + " TO " + Long.MAX_VALUE + "]",
        built.filters().get(1).toString());
    assertEquals(
        "published:[" + Long.MIN_VALUE + " TO " + (LocalDate.of(2025, 1, 1).toEpochDay() - 1) + "]",
        built.filters().get(2).toString());
  }

  @Test
  void theHighlightMarksTheStemsOfWordsAndPhrases() {
    Set<String> marked = clauses(build("الوزير \"قوات التحالف\"", QueryWeights.DEFAULT, false).highlight());
    assertEquals(Set.of("SHOULD body:وزير^1.0", "SHOULD body:قو^1.0", "SHOULD body:تحالف^1.0"), marked);
  }

  @Test
  void wordsThatExpandPastTheClauseLimitNameTheWord() {
    String glued = String.join(",", java.util.Collections.nCopies(120, "كتب")) + " ";
    String query = "وزير " + glued.repeat(3);
    QuerySyntaxException error = assertThrows(QuerySyntaxException.class, () -> build(query, QueryWeights.DEFAULT, false));
    assertTrue(error.position() > 0 && error.position() < query.length(), error.getMessage());
  }

  @Test
  void onlyStopwordsBuildNothing() {
    LuceneQuery built = build("في على من", QueryWeights.DEFAULT, false);
    assertNull(built.text());
    assertNull(built.highlight());
  }
}
