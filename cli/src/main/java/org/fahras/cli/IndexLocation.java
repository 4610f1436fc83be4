package org.fahras.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fahras.Fahras;
import org.fahras.analysis.AnalyzerProfile;
import picocli.CommandLine.Option;

/** The {@code --index} and {@code --profile} options every index command shares. */
final class IndexLocation {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "fahras-index",
      description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      description = "Analyzer profile: standard, lucene-arabic or fahras. A new index defaults to fahras; an existing one uses the profile it was built with.")
  String profile;

  /** Opens an existing index; a missing one is a clear usage error. */
  Fahras openExisting() throws IOException {
    if (!Files.isDirectory(index)) {
      throw new IllegalArgumentException(
          "no index at " + index + "; create one with: fahras index PATH --index " + index);
    }
    return builder().open();
  }

  /** A builder for the chosen folder and profile. */
  Fahras.Builder builder() {
    Fahras.Builder builder = Fahras.builder(index);
    if (profile != null) {
      builder.profile(AnalyzerProfile.byId(profile));
    }
    return builder;
  }
}
