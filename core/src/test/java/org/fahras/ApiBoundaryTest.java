package org.fahras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library as a modular application sees it: a module that requires {@code org.fahras.core} compiles against the
 * exported API (the facade, the article and request/result values, analysis, the tagger) and cannot import the
 * plumbing of the unexported {@code org.fahras.internal.*} packages. Compiled with the JDK's {@code javac}, with this
 * module's classes and its dependencies on the module path.
 */
class ApiBoundaryTest {
  private static final String MODULE = "module example { requires org.fahras.core; }\n";

  @TempDir Path folder;

  @Test
  void theExportedApiCompiles() throws Exception {
    String source =
        """
        package example;

        import java.nio.file.Path;
        import java.time.LocalDate;
        import org.apache.lucene.search.TermQuery;
        import org.apache.lucene.index.Term;
        import org.fahras.Fahras;
        import org.fahras.IndexStats;
        import org.fahras.analysis.FahrasAnalyzer;
        import org.fahras.document.Article;
        import org.fahras.search.DateAwareQuery;
        import org.fahras.search.Hit;
        import org.fahras.search.SearchRequest;
        import org.fahras.search.SearchResults;
        import org.fahras.time.TemporalTagger;

        public class Example {
          public static void main(String[] args) throws Exception {
            try (Fahras fahras = Fahras.open(Path.of("index"));
                FahrasAnalyzer analyzer = new FahrasAnalyzer()) {
              fahras.add(Article.builder("a1").title("عنوان").body("نص").build());
              SearchResults results = fahras.search(SearchRequest.builder("نص", LocalDate.of(2024, 10, 1)).build());
              for (Hit hit : results.hits()) {
                System.out.println(hit.id());
              }
              IndexStats stats = fahras.stats();
              new TemporalTagger().tag("أيلول 2025", LocalDate.of(2024, 10, 1));
              DateAwareQuery.builder(new TermQuery(new Term("body", "نص")), "published")
                  .recency(LocalDate.of(2024, 10, 1), 30, 0.1)
                  .build();
            }
          }
        }
        """;
    Compilation compiled = compile(source);
    assertEquals(0, compiled.exit(), compiled.output());
  }

  @Test
  void theInternalPackagesCannotBeImported() throws Exception {
    for (String type :
        List.of(
            "org.fahras.internal.search.Searcher",
            "org.fahras.internal.search.QueryReader",
            "org.fahras.internal.index.Schema",
            "org.fahras.internal.index.Indexer")) {
      String source = "package example;\n\nimport " + type + ";\n\npublic class Example {}\n";
      Compilation compiled = compile(source);
      assertNotEquals(0, compiled.exit(), type + " must not be importable");
      assertTrue(compiled.output().contains("is not visible"), compiled.output());
    }
  }

  @Test
  void theEvaluationPackageIsNotInTheLibrary() throws Exception {
    Compilation compiled = compile("package example;\n\nimport org.fahras.eval.QualityGate;\n\npublic class Example {}\n");
    assertNotEquals(0, compiled.exit());
    assertTrue(compiled.output().contains("does not exist"), compiled.output());
  }

  /** What {@code javac} said and its exit code. */
  private record Compilation(int exit, String output) {}

  private Compilation compile(String example) throws IOException, InterruptedException {
    Path sources = Files.createDirectories(folder.resolve("src/example"));
    Files.writeString(folder.resolve("src/module-info.java"), MODULE, StandardCharsets.UTF_8);
    Files.writeString(sources.resolve("Example.java"), example, StandardCharsets.UTF_8);
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-encoding",
                "UTF-8",
                "--module-path",
                modulePath(),
                "-d",
                folder.resolve("classes").toString(),
                folder.resolve("src/module-info.java").toString(),
                sources.resolve("Example.java").toString()));
    Process javac = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(javac.waitFor(2, TimeUnit.MINUTES));
    return new Compilation(javac.exitValue(), output);
  }

  /** This module's classes and the jars it requires (Lucene and Jackson), from the test class path. */
  private static String modulePath() {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> entries = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      boolean library =
          (name.startsWith("lucene-") && !name.startsWith("lucene-test-framework")) || name.startsWith("jackson-");
      if (entry.endsWith(Path.of("target", "classes").toString()) || library) {
        entries.add(entry);
      }
    }
    return entries.stream().collect(Collectors.joining(File.pathSeparator));
  }
}
