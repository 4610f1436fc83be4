package org.fahras.document;

import java.nio.file.Path;

/** Where the tests find the shared data and the project's seeds. */
final class SharedData {

  private SharedData() {}

  /** The shared data folder the build names in {@code fahras.shared}. */
  static Path folder() {
    return Path.of(System.getProperty("fahras.shared", "../shared"));
  }

  /** The project's own seed articles, at {@code <repo>/seeds}; surefire runs in the module folder. */
  static Path seeds() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("../seeds").normalize();
  }
}
