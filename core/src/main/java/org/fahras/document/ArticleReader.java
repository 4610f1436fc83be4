package org.fahras.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Streams the articles of one input to a {@link ReadListener}, with constant memory, and never lets a bad record
 * cost the good ones: a bad record becomes a {@link Rejection} and reading goes on. Implementations are immutable and
 * thread-safe; each {@code read} call keeps its own state.
 */
public interface ArticleReader {

  /**
   * Reads {@code input} to the end, reporting each article and each rejected record to {@code listener}.
   *
   * @return the counts of what was reported
   * @throws IOException only when the input as a whole cannot be read (missing, unreadable, a broken compressed
   *     stream); what was delivered before the failure stays delivered
   */
  ReadSummary read(Path input, ReadListener listener) throws IOException;

  /**
   * Reads {@code input} to the end, with the two consumers as the listener (skipped files and warnings are ignored).
   *
   * @see #read(Path, ReadListener)
   */
  default ReadSummary read(Path input, Consumer<? super Article> articles, Consumer<? super Rejection> rejections)
      throws IOException {
    return read(input, ReadListener.of(articles, rejections));
  }

  /**
   * The reader for {@code input} by its shape: a {@link FolderReader} for a folder (its {@code .txt}, {@code .jsonl}
   * and {@code .jsonl.gz} files, recursively; every other file is reported as skipped), a {@link PlainTextReader} for a
   * {@code .txt} file, a {@link JsonLinesReader} for any other file ({@code .jsonl}, {@code .jsonl.gz}, or a named
   * pipe such as {@code <(zcat feed.gz)}: JSON Lines is read whatever the name, gzip detected from the content).
   * Articles with an unreadable date are kept undated ({@link DatePolicy#KEEP_UNDATED}).
   *
   * @param publicationDate dates plain-text articles from their text (the temporal tagger's
   *     {@code publicationDate}); JSON Lines records carry their own date
   */
  static ArticleReader forInput(Path input, Function<String, Optional<LocalDate>> publicationDate) {
    return forInput(input, publicationDate, DatePolicy.KEEP_UNDATED);
  }

  /**
   * The reader for {@code input} by its shape, as {@link #forInput(Path, Function)}, with JSON Lines dates treated as
   * {@code dates} says.
   *
   * @param publicationDate dates plain-text articles from their text
   * @param dates what to do with a JSON Lines record whose date cannot be read
   */
  static ArticleReader forInput(
      Path input, Function<String, Optional<LocalDate>> publicationDate, DatePolicy dates) {
    if (Files.isDirectory(input)) {
      return new FolderReader(publicationDate, dates);
    }
    String name = input.getFileName() == null ? "" : input.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return new PlainTextReader(publicationDate);
    }
    return new JsonLinesReader(JsonLinesReader.DEFAULT_MAX_LINE_BYTES, dates);
  }
}
