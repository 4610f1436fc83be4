package org.fahras.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.fahras.Fahras;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.document.FolderReader;
import picocli.CommandLine.Option;

/**
 * The {@code --index} option every command on an index shares, and the checks before an index is opened: a folder
 * that holds no index is said to be what it is, and a {@code --profile} that is not the index's own is refused with
 * advice that fits the command.
 */
final class IndexFolder {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "fahras-index",
      description = "The index folder (default: ${DEFAULT-VALUE}).")
  Path index;

  /**
   * Opens the index for reading or deleting.
   *
   * @param profile the {@code --profile} given, or null
   * @throws IllegalArgumentException (bad usage) when there is nothing at {@code --index}
   * @throws IllegalStateException (failure) when it is a file, a folder without an index, or an index of another
   *     profile
   */
  Fahras openExisting(String profile) throws IOException {
    AnalyzerProfile wanted = profile == null ? null : AnalyzerProfile.byId(profile);
    if (!Files.exists(index)) {
      throw new IllegalArgumentException("no index at " + index + "; create one with: fahras index PATH --index " + index);
    }
    if (!Files.isDirectory(index)) {
      throw new IllegalStateException(
          index + " is a file, not a Fahras index: --index takes the folder 'fahras index' wrote (default: fahras-index)");
    }
    Optional<AnalyzerProfile> recorded = recordedProfile();
    if (recorded.isEmpty()) {
      throw new IllegalStateException(index + " is not a Fahras index: " + describe(index));
    }
    if (wanted != null && wanted != recorded.get()) {
      throw new IllegalStateException(
          index + " was built with the '" + recorded.get().id() + "' profile, not '" + wanted.id()
              + "': leave out --profile (an index is always read with the profile it was built with)");
    }
    return Fahras.builder(index).open();
  }

  /**
   * Checks the folder {@code fahras index} is about to write: absent (it is created), empty, or an index of the same
   * profile.
   *
   * @param profile the {@code --profile} given, or null
   */
  void checkWritable(String profile) throws IOException {
    AnalyzerProfile wanted = profile == null ? null : AnalyzerProfile.byId(profile);
    if (!Files.exists(index)) {
      return;
    }
    if (!Files.isDirectory(index)) {
      throw new IllegalStateException(index + " is a file, not an index folder: give --index a new or empty folder, or"
          + " an index 'fahras index' wrote");
    }
    Optional<AnalyzerProfile> recorded = recordedProfile();
    if (recorded.isEmpty() && !onlyIndexFiles(index)) {
      throw new IllegalStateException(index + " is not a Fahras index and not empty: " + describe(index)
          + "; give --index a new or empty folder");
    }
    if (recorded.isPresent() && wanted != null && wanted != recorded.get()) {
      throw new IllegalStateException(
          index + " was built with the '" + recorded.get().id() + "' profile, not '" + wanted.id()
              + "': leave out --profile to add to it, or index into another folder (--index DIR) for a '" + wanted.id()
              + "' index");
    }
  }

  /** The profile of the index in the folder, or empty when it holds no commit. */
  private Optional<AnalyzerProfile> recordedProfile() throws IOException {
    return Fahras.recordedProfile(index);
  }

  /** Whether every file in the folder is one Lucene writes (a first run stopped before its first commit leaves them). */
  private static boolean onlyIndexFiles(Path folder) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        boolean lucene = name.equals("write.lock") || name.startsWith("_") || name.startsWith("segments")
            || name.startsWith("pending_segments");
        if (!lucene || Files.isDirectory(entry)) {
          return false;
        }
      }
    }
    return true;
  }

  /** What a folder without an index holds, in a few words, and how to index its articles when it has some. */
  static String describe(Path folder) throws IOException {
    int files = 0;
    int folders = 0;
    int articles = 0;
    Map<String, Integer> kinds = new TreeMap<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        if (Files.isDirectory(entry)) {
          folders++;
          continue;
        }
        files++;
        String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
        String kind = name.endsWith(".jsonl.gz") ? ".jsonl.gz" : name.lastIndexOf('.') > 0 ? name.substring(name.lastIndexOf('.')) : "other";
        kinds.merge(kind, 1, Integer::sum);
        if (kind.equals(".txt") || kind.equals(".jsonl") || kind.equals(".jsonl.gz")) {
          articles++;
        }
      }
    }
    if (files == 0 && folders == 0) {
      return "it is an empty folder";
    }
    StringBuilder text = new StringBuilder("it is a folder of ");
    if (files > 0) {
      StringBuilder byKind = new StringBuilder();
      kinds.forEach((kind, count) -> byKind.append(byKind.isEmpty() ? "" : ", ").append(count).append(' ').append(kind));
      text.append(Plural.of(files, "file")).append(" (").append(byKind).append(')');
    }
    if (folders > 0) {
      text.append(files > 0 ? " and " : "").append(Plural.of(folders, "folder"));
    }
    if (articles > 0 || folders > 0) {
      text.append("; to index the ").append(FolderReader.SUPPORTED).append(" files in it: fahras index ")
          .append(folder).append(" --index DIR");
    }
    return text.toString();
  }
}
