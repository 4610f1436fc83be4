package org.fahras.document;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the tests find the shared data and the project's seeds. A test that reads the shared data goes through {@link
 * #require}: without the data it is skipped on a developer's machine, and fails under CI (environment variable
 * {@code CI} set), where the data is always meant to be there.
 */
public final class SharedData {

  private SharedData() {}

  /** The shared data folder the build names in {@code fahras.shared}. */
  public static Path folder() {
    return Path.of(System.getProperty("fahras.shared", "../shared"));
  }

  /** {@code relative} inside the shared folder; skips the test when it is missing, or fails it under CI. */
  public static Path require(String relative) {
    Path path = folder().resolve(relative);
    if (!Files.exists(path)) {
      if (System.getenv("CI") != null) {
        fail("CI is set but the shared data is missing: " + path);
      }
      Assumptions.abort("the shared data is not here: " + path);
    }
    return path;
  }

  /** The project's own seed articles, at {@code <repo>/seeds}; surefire runs in the module folder. */
  static Path seeds() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("../seeds").normalize();
  }
}
