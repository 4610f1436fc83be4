package org.fahras;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java example, as written: the {@code java} block of "Use it from Java" is compiled against this
 * module and run in a JVM of its own, in an empty folder, and must print exactly the output the README shows below it.
 */
class ReadmeExampleTest {
  private static final Path README = Path.of("..", "README.md");

  @TempDir Path folder;

  @Test
  void theReadmeExampleCompilesRunsAndPrintsWhatTheReadmeSays() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("## Use it from Java"));
    String source = block(section, "```java\n");
    String afterExample = section.substring(section.indexOf(source) + source.length() + "```\n".length());
    String expected = block(afterExample, "\n```\n");
    assertTrue(source.contains("class Example"), source);

    Path sources = Files.createDirectories(folder.resolve("src"));
    Files.writeString(sources.resolve("Example.java"), source, StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(folder.resolve("classes"));
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    assertTrue(Files.isExecutable(javac), "tests run on a JDK: " + javac);
    Process compile =
        new ProcessBuilder(
                javac.toString(), "-encoding", "UTF-8", "-cp", classPath, "-d", classes.toString(),
                sources.resolve("Example.java").toString())
            .redirectErrorStream(true)
            .start();
    String errors = new String(compile.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(compile.waitFor(2, TimeUnit.MINUTES));
    assertEquals(0, compile.exitValue(), "the README's example compiles: " + errors);

    Path work = Files.createDirectories(folder.resolve("work"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED",
        "-Dstdout.encoding=UTF-8",
        "-cp", classes + java.io.File.pathSeparator + classPath,
        "Example"));
    Path log = folder.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(command).directory(work.toFile()).redirectError(log.toFile()).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES));
    assertEquals(0, process.exitValue(), out + Files.readString(log));
    assertEquals(expected.strip(), out.strip());
    assertTrue(Files.isDirectory(work.resolve("fahras-index")), "the index is where the example says");
  }

  /** The text of the first fenced block opened by {@code fence} in {@code text}. */
  private static String block(String text, String fence) throws IOException {
    int start = text.indexOf(fence);
    assertTrue(start >= 0, "no block " + fence.strip());
    start += fence.length();
    return text.substring(start, text.indexOf("```", start));
  }
}
