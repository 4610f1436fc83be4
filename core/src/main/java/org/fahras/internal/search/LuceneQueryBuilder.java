package org.fahras.internal.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.fahras.analysis.AnalyzedToken;
import org.fahras.internal.index.Schema;
import org.fahras.internal.search.QueryTree.Exclusion;
import org.fahras.internal.search.QueryTree.Filter;
import org.fahras.internal.search.QueryTree.PublishedFilter;
import org.fahras.internal.search.QueryTree.SourceFilter;
import org.fahras.internal.search.QueryTree.Word;
import org.fahras.search.QuerySyntaxException;
import org.fahras.search.QueryWeights;

/**
 * Turns a {@link QueryTree} into Lucene queries on a Fahras index:
 *
 * <ul>
 *   <li>a word: its stems on title (weighted) and body, its exact forms on the exact fields, and where the profile has
 *       them its stem grams, all as SHOULD clauses of one flat disjunction, so Lucene keeps its MaxScore skipping;
 *       with AND, each word (or OR group) is required through its stems or exact forms, its grams only add to the
 *       score (else any word sharing three letters would satisfy it);
 *   <li>a phrase: required, on the exact body or title;
 *   <li>an exclusion: a word is excluded from every field it would be searched in (stems and exact forms, title and
 *       body; not the grams, which would exclude every word sharing three letters), a phrase (or a word analysed into
 *       several terms) as a phrase on the exact fields;
 *   <li>filters as non-scoring queries: {@code source:} a keyword, {@code after:}/{@code before:} a range of days.
 * </ul>
 *
 * <p>Each word is analysed once per view. A query whose words expand to more term clauses than Lucene accepts ({@link
 * IndexSearcher#getMaxClauseCount()}) is a {@link QuerySyntaxException} naming the word where it overflowed.
 * Thread-safe: the analyzer is.
 */
public final class LuceneQueryBuilder {
  private final Analyzer analyzer;
  private final boolean grams;

  /**
   * @param schema the index's schema (which fields exist)
   * @param analyzer the index's per-field analyzer ({@link Schema#newAnalyzer()})
   */
  public LuceneQueryBuilder(Schema schema, Analyzer analyzer) {
    this.analyzer = analyzer;
    this.grams = schema.hasGrams();
  }

  /**
   * The Lucene queries of {@code tree}.
   *
   * @param weights how the fields weigh against each other
   * @param requireAllWords true for AND: every word (or one of an OR group) must match
   * @throws QuerySyntaxException when the words expand to too many term clauses
   */
  public LuceneQuery build(QueryTree tree, QueryWeights weights, boolean requireAllWords) {
    Build build = new Build(weights, grams && weights.grams() > 0);
    for (List<Word> group : tree.groups()) {
      build.group(group, requireAllWords);
    }
    for (Word phrase : tree.phrases()) {
      build.phrase(phrase);
    }
    List<Query> exclusions = new ArrayList<>();
    for (Exclusion exclusion : tree.exclusions()) {
      Query excluded = build.exclusion(exclusion);
      if (excluded != null) {
        exclusions.add(excluded);
      }
    }
    List<Query> filters = new ArrayList<>();
    for (Filter filter : tree.filters()) {
      filters.add(filter(filter));
    }
    return new LuceneQuery(build.text(), filters, exclusions, build.highlight());
  }

  private static Query filter(Filter filter) {
    return switch (filter) {
      case SourceFilter source -> new TermQuery(new Term(Schema.SOURCE, source.source()));
      case PublishedFilter days ->
          LongField.newRangeQuery(
              Schema.PUBLISHED,
              days.fromDay(),
              days.untilDay() == Long.MAX_VALUE ? Long.MAX_VALUE : days.untilDay() - 1);
    };
  }

  private static Query boosted(Query query, float boost) {
    return boost == 1f ? query : new BoostQuery(query, boost);
  }

  /** One build: the clauses made so far and their count. */
  private final class Build {
    private final QueryWeights weights;
    private final boolean withGrams;
    private final BooleanQuery.Builder text = new BooleanQuery.Builder();
    private final BooleanQuery.Builder highlight = new BooleanQuery.Builder();
    private int clauses;
    private int highlighted;

    Build(QueryWeights weights, boolean withGrams) {
      this.weights = weights;
      this.withGrams = withGrams;
    }

    /** A group of words joined by OR (a lone word is a group of one). */
    void group(List<Word> group, boolean required) {
      BooleanQuery.Builder either = required ? new BooleanQuery.Builder() : text;
      int matchClauses = 0;
      for (Word word : group) {
        WordForms forms = WordForms.of(analyzer, word.text(), withGrams);
        count(forms.clauses(), word.start());
        matchClauses += addWord(forms, either);
        if (withGrams) {
          for (AnalyzedToken gram : forms.grams()) {
            text.add(boosted(new TermQuery(new Term(Schema.GRAMS, gram.term())), weights.grams()), Occur.SHOULD);
          }
        }
        mark(forms.stems());
      }
      if (required && matchClauses > 0) {
        text.add(either.build(), Occur.MUST);
      }
    }

    /** A word's stems and exact forms as SHOULD clauses of {@code into}; returns how many. */
    private int addWord(WordForms forms, BooleanQuery.Builder into) {
      int added = 0;
      for (AnalyzedToken stem : forms.stems()) {
        into.add(boosted(new TermQuery(new Term(Schema.TITLE, stem.term())), weights.title()), Occur.SHOULD);
        into.add(new TermQuery(new Term(Schema.BODY, stem.term())), Occur.SHOULD);
        added += 2;
      }
      if (weights.exact() > 0) {
        for (AnalyzedToken exact : forms.exact()) {
          into.add(
              boosted(new TermQuery(new Term(Schema.TITLE_EXACT, exact.term())), weights.title() * weights.exact()),
              Occur.SHOULD);
          into.add(boosted(new TermQuery(new Term(Schema.BODY_EXACT, exact.term())), weights.exact()), Occur.SHOULD);
          added += 2;
        }
      }
      return added;
    }

    /** A required phrase on the exact fields. */
    void phrase(Word phrase) {
      WordForms forms = WordForms.of(analyzer, phrase.text(), false);
      if (forms.exact().isEmpty()) {
        return;
      }
      count(2 * forms.exact().size(), phrase.start());
      text.add(exactPhrase(forms.exact()), Occur.MUST);
      mark(forms.stems());
    }

    /** The query an exclusion removes, or null when analysis leaves nothing of it. */
    Query exclusion(Exclusion exclusion) {
      WordForms forms = WordForms.of(analyzer, exclusion.text(), false);
      if (forms.isEmpty()) {
        return null;
      }
      count(forms.clauses(), exclusion.start());
      if (exclusion.phrase() || forms.exact().size() > 1) {
        return forms.exact().isEmpty() ? null : exactPhrase(forms.exact());
      }
      BooleanQuery.Builder anywhere = new BooleanQuery.Builder();
      for (AnalyzedToken stem : forms.stems()) {
        anywhere.add(new TermQuery(new Term(Schema.TITLE, stem.term())), Occur.SHOULD);
        anywhere.add(new TermQuery(new Term(Schema.BODY, stem.term())), Occur.SHOULD);
      }
      for (AnalyzedToken exact : forms.exact()) {
        anywhere.add(new TermQuery(new Term(Schema.TITLE_EXACT, exact.term())), Occur.SHOULD);
        anywhere.add(new TermQuery(new Term(Schema.BODY_EXACT, exact.term())), Occur.SHOULD);
      }
      return anywhere.build();
    }

    /** {@code tokens} as a phrase on the exact body or, weighted, the exact title. */
    private Query exactPhrase(List<AnalyzedToken> tokens) {
      PhraseQuery.Builder body = new PhraseQuery.Builder();
      PhraseQuery.Builder title = new PhraseQuery.Builder();
      for (AnalyzedToken token : tokens) {
        body.add(new Term(Schema.BODY_EXACT, token.term()), token.position());
        title.add(new Term(Schema.TITLE_EXACT, token.term()), token.position());
      }
      return new BooleanQuery.Builder()
          .add(body.build(), Occur.SHOULD)
          .add(boosted(title.build(), weights.title()), Occur.SHOULD)
          .build();
    }

    /** The stems to mark in snippets. */
    private void mark(List<AnalyzedToken> stems) {
      for (AnalyzedToken stem : stems) {
        highlight.add(new TermQuery(new Term(Schema.BODY, stem.term())), Occur.SHOULD);
        highlighted++;
      }
    }

    /** Each word becomes several clauses (fields, exact form, stem grams): long glued words can pass the word limit. */
    private void count(int more, int position) {
      clauses += more;
      if (clauses > IndexSearcher.getMaxClauseCount()) {
        throw new QuerySyntaxException(
            "the query's words expand to more than "
                + IndexSearcher.getMaxClauseCount()
                + " search terms; use fewer or shorter words",
            position);
      }
    }

    Query text() {
      BooleanQuery built = text.build();
      return built.clauses().isEmpty() ? null : built;
    }

    Query highlight() {
      return highlighted == 0 ? null : highlight.build();
    }
  }
}
