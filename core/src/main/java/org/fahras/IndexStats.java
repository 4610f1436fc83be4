package org.fahras;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fahras.analysis.AnalyzerProfile;

/** What an index holds, as {@link Fahras#stats()} reports it. Immutable. */
public final class IndexStats {
  private final long documents;
  private final DateRange published;
  private final Map<String, Long> sources;
  private final AnalyzerProfile profile;
  private final long bytes;

  IndexStats(long documents, DateRange published, Map<String, Long> sources, AnalyzerProfile profile, long bytes) {
    this.documents = documents;
    this.published = published;
    this.sources = Map.copyOf(sources);
    this.profile = Objects.requireNonNull(profile, "profile");
    this.bytes = bytes;
  }

  /** The articles a search sees. */
  public long documents() {
    return documents;
  }

  /** The first and last publication days, or empty when no article is dated. */
  public Optional<DateRange> published() {
    return Optional.ofNullable(published);
  }

  /** The earliest publication date, or null when no article is dated. */
  public LocalDate publishedMin() {
    return published == null ? null : published.first();
  }

  /** The latest publication date, or null when no article is dated. */
  public LocalDate publishedMax() {
    return published == null ? null : published.last();
  }

  /** Articles per source, by name. */
  public Map<String, Long> sources() {
    return sources;
  }

  /** The analyzer profile the index was built with. */
  public AnalyzerProfile profile() {
    return profile;
  }

  /** The size on disk of the latest commit, in bytes. */
  public long bytes() {
    return bytes;
  }

  @Override
  public String toString() {
    return "IndexStats[documents=" + documents + ", published=" + published + ", sources=" + sources.size()
        + ", profile=" + profile + ", bytes=" + bytes + "]";
  }
}
