package org.fahras.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.fahras.Fahras;
import org.fahras.document.Article;
import org.fahras.document.JsonLinesReader;
import org.fahras.document.PlainTextReader;
import org.fahras.document.ReadListener;
import org.fahras.search.Hit;
import org.fahras.search.SearchRequest;
import org.fahras.search.Snippet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Highlighting never cuts a letter or a diacritic from its word: for queries made of words of each seed and of a
 * sample of the shared corpus (diacritized words first), every snippet's {@code <b>…</b>} falls on word boundaries.
 */
class HighlightBoundaryTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);
  private static final int SAMPLE_EVERY = 25;
  private static final int SAMPLE_LINES_PER_FILE = 5_000;

  @TempDir Path folder;

  @Test
  void theCheckerCatchesACutWordAndACutDiacritic() {
    assertEquals(List.of(), SnippetBoundaries.problems(marked("قال <b>وزير</b> الخارجية، <b>الكتَابُ</b>.")));
    assertEquals(1, SnippetBoundaries.problems(marked("قال ا<b>لوزير</b> أمس")).size());
    assertEquals(1, SnippetBoundaries.problems(marked("قال <b>الوزير</b>ان أمس")).size());
    assertEquals(1, SnippetBoundaries.problems(marked("<b>كتا</b>\u064Eب")).size());
    assertEquals(2, SnippetBoundaries.problems(marked("كتا<b>\u064Eب</b>")).size());
  }

  /** A snippet written with {@code <b>…</b>} around its highlights. */
  private static Snippet marked(String markup) {
    StringBuilder text = new StringBuilder();
    List<Snippet.Span> spans = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < markup.length(); ) {
      if (markup.startsWith("<b>", i)) {
        start = text.length();
        i += 3;
      } else if (markup.startsWith("</b>", i)) {
        spans.add(new Snippet.Span(start, text.length()));
        i += 4;
      } else {
        text.append(markup.charAt(i++));
      }
    }
    return Snippet.of(text.toString(), spans);
  }

  @Test
  void seedSnippetsKeepWholeWords() throws IOException {
    Path seeds = Path.of("..", "seeds");
    List<Article> articles = new ArrayList<>();
    try (Fahras fahras = Fahras.open(folder.resolve("index"))) {
      new PlainTextReader(fahras.tagger()::publicationDate).read(seeds, articles::add, rejection -> {});
      fahras.addFrom(seeds, ReadListener.of(article -> {}, rejection -> {}));
      fahras.commit();
      assertEquals(5, articles.size());
      int checked = checkSnippets(fahras, articles);
      assertTrue(checked >= 5 * 3, "snippets checked: " + checked);
    }
  }

  @Test
  void corpusSnippetsKeepWholeWords() throws IOException {
    Path corpus = org.fahras.document.SharedData.require("corpus");
    Path sample = folder.resolve("sample.jsonl");
    try (BufferedWriter out = Files.newBufferedWriter(sample, StandardCharsets.UTF_8);
        var files = Files.list(corpus)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jsonl.gz")).sorted().toList()) {
        sampleLines(file, out);
      }
    }
    List<Article> articles = new ArrayList<>();
    new JsonLinesReader().read(sample, articles::add, rejection -> {});
    assertTrue(articles.size() >= 300, "sampled " + articles.size());
    try (Fahras fahras = Fahras.open(folder.resolve("index"))) {
      fahras.addFrom(sample, ReadListener.of(article -> {}, rejection -> {}));
      fahras.commit();
      int checked = checkSnippets(fahras, articles);
      assertTrue(checked >= articles.size(), "snippets checked: " + checked);
    }
  }

  /** Every {@value #SAMPLE_EVERY}th of the first lines of a gzipped JSON Lines file. */
  private static void sampleLines(Path file, BufferedWriter out) throws IOException {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      for (int n = 0; n < SAMPLE_LINES_PER_FILE && (line = in.readLine()) != null; n++) {
        if (n % SAMPLE_EVERY == 0) {
          out.write(line);
          out.newLine();
        }
      }
    }
  }

  /** Searches words of each article and checks every snippet; returns how many snippets were checked. */
  private static int checkSnippets(Fahras fahras, List<Article> articles) throws IOException {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Article article : articles) {
      for (String query : queries(article.body())) {
        for (Hit hit : fahras.search(SearchRequest.builder(query, AS_OF).limit(10).build()).hits()) {
          if (hit.snippet() != null) {
            checked++;
            for (String problem : SnippetBoundaries.problems(hit.snippet())) {
              problems.add("[" + query + "] " + hit.id() + ": " + problem);
            }
          }
        }
      }
    }
    assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())), problems.size() + " problems");
    return checked;
  }

  /** Up to two one-word and one two-word queries from the body's Arabic words, diacritized ones first. */
  private static List<String> queries(String body) {
    List<String> marked = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    for (String word : body.split("[\\s\\p{Punct}،؛؟«»]+")) {
      if (word.length() >= 3 && word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
          || Character.getType(c) == Character.NON_SPACING_MARK)) {
        (word.codePoints().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK) ? marked : plain).add(word);
      }
    }
    List<String> words = new ArrayList<>(marked);
    words.addAll(plain);
    List<String> queries = new ArrayList<>();
    if (words.size() >= 1) {
      queries.add(words.get(0));
    }
    if (words.size() >= 3) {
      queries.add(words.get(words.size() / 2));
      queries.add(words.get(1) + " " + words.get(words.size() - 1));
    }
    return queries;
  }
}
