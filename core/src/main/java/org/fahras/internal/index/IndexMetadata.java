package org.fahras.internal.index;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.fahras.analysis.AnalyzerProfile;

/**
 * What an index records about itself in its commit data: the analyzer profile it was built with and the schema's
 * format version. Opening an index with another profile, or one written by an unknown format, is a clear error
 * instead of silently wrong results.
 *
 * @param profile the analyzer profile
 * @param formatVersion the {@link Schema#FORMAT_VERSION} it was written with
 */
public record IndexMetadata(AnalyzerProfile profile, int formatVersion) {
  static final String PROFILE_KEY = "fahras.profile";
  static final String FORMAT_KEY = "fahras.format";

  /** The metadata of a new index. */
  public static IndexMetadata current(AnalyzerProfile profile) {
    return new IndexMetadata(profile, Schema.FORMAT_VERSION);
  }

  /** As commit user data. */
  public Map<String, String> toUserData() {
    return Map.of(PROFILE_KEY, profile.id(), FORMAT_KEY, Integer.toString(formatVersion));
  }

  /**
   * Reads the latest commit's metadata; empty when {@code directory} holds no index yet.
   *
   * @throws IllegalStateException when the index is not a Fahras index or its format is unknown
   */
  public static Optional<IndexMetadata> read(Directory directory, String where) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return Optional.empty();
    }
    Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
    String profile = data.get(PROFILE_KEY);
    String format = data.get(FORMAT_KEY);
    if (profile == null || format == null) {
      throw new IllegalStateException(where + " holds a Lucene index that Fahras did not write");
    }
    int version;
    try {
      version = Integer.parseInt(format);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(where + " has an unreadable format version '" + format + "'", e);
    }
    if (version < Schema.FORMAT_VERSION) {
      throw new IllegalStateException(
          where
              + " was written by an older Fahras (index format "
              + version
              + "), which this one cannot search (it reads format "
              + Schema.FORMAT_VERSION
              + "): re-index the articles into a new folder");
    }
    if (version > Schema.FORMAT_VERSION) {
      throw new IllegalStateException(
          where
              + " was written by a newer Fahras (index format "
              + version
              + "; this one reads format "
              + Schema.FORMAT_VERSION
              + "): search it with that version, or re-index the articles into a new folder");
    }
    return Optional.of(new IndexMetadata(AnalyzerProfile.byId(profile), version));
  }

  /** Throws when an index built with this metadata cannot be used with {@code wanted}. */
  public void requireProfile(AnalyzerProfile wanted, String where) {
    if (wanted != profile) {
      throw new IllegalStateException(
          where
              + " was built with the '"
              + profile.id()
              + "' profile, not '"
              + wanted.id()
              + "': search it with --profile "
              + profile.id()
              + " or index into another folder");
    }
  }
}
