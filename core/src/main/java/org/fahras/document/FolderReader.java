package org.fahras.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads every article under a folder, recursively, whatever supported format each file is in:
 *
 * <ul>
 *   <li>{@code .txt}: one plain-text article per file, read by {@link PlainTextReader}; its id is the file's path
 *       relative to the folder, with {@code '/'} separators ({@code 2024/09/000.txt});
 *   <li>{@code .jsonl} and {@code .jsonl.gz}: JSON Lines, read by {@link JsonLinesReader}; ids come from the records;
 *   <li>anything else ({@code a.json}, {@code notes.md}, {@code photo.png}, {@code .DS_Store}) is reported to
 *       {@link ReadListener#skipped} with the reason, never read and never silently ignored.
 * </ul>
 *
 * <p>Names are compared without regard to case. The walk order is fixed ({@link FolderWalk}), so two runs deliver the
 * same articles in the same order. A subfolder that cannot be listed, or a JSON Lines file that cannot be read to its
 * end (a truncated gzip stream), is rejected with reason {@code unreadable} after the articles read before the break,
 * and the walk goes on: one broken file costs only its own unread records.
 *
 * <p>Immutable and thread-safe if the date function is.
 */
public final class FolderReader implements ArticleReader {

  /** The file names a folder's articles may have, as help texts and messages list them. */
  public static final String SUPPORTED = ".txt, .jsonl or .jsonl.gz";

  private final PlainTextReader text;
  private final JsonLinesReader lines;

  /**
   * A reader that dates plain-text articles with {@code publicationDate} and treats bad JSON Lines dates as
   * {@code dates} says.
   *
   * @param publicationDate given a plain-text article's whole text, returns its publication date when the header
   *     states one (in practice the temporal tagger's {@code publicationDate})
   * @param dates what to do with a JSON Lines record whose date cannot be read
   */
  public FolderReader(Function<String, Optional<LocalDate>> publicationDate, DatePolicy dates) {
    this.text = new PlainTextReader(publicationDate);
    this.lines = new JsonLinesReader(JsonLinesReader.DEFAULT_MAX_LINE_BYTES, dates);
  }

  /** The format a file's name says it is in, or null when it is none Fahras reads. */
  enum Format {
    TEXT,
    JSON_LINES;

    static Format of(Path file) {
      String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".txt")) {
        return TEXT;
      }
      if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
        return JSON_LINES;
      }
      return null;
    }
  }

  /**
   * Reads every supported file under the folder {@code input}.
   *
   * @throws IOException if {@code input} does not exist, is not a folder or cannot be listed
   */
  @Override
  public ReadSummary read(Path input, ReadListener listener) throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(listener, "listener");
    if (!Files.exists(input)) {
      throw new NoSuchFileException(input.toString());
    }
    if (!Files.isDirectory(input)) {
      throw new NotDirectoryException(input.toString());
    }
    ReadSummary[] total = {new ReadSummary(0, 0, 0)};
    FolderWalk.walk(
        input,
        new FolderWalk.Visitor() {
          @Override
          public void file(Path file, String id) {
            total[0] = total[0].plus(readFile(file, id, listener));
          }

          @Override
          public void unreadable(Path folder, IOException problem) {
            total[0] = total[0].plus(new ReadSummary(0, 1, 0));
            listener.rejected(new Rejection(folder.toString(), 0, "unreadable: folder cannot be listed: " + problem));
          }
        });
    return total[0];
  }

  private ReadSummary readFile(Path file, String id, ReadListener listener) {
    Format format = Format.of(file);
    if (format == null) {
      listener.skipped(file.toString(), "not an article file: Fahras reads " + SUPPORTED + " files");
      return new ReadSummary(0, 0, 1);
    }
    if (format == Format.TEXT) {
      return text.readFile(file, id, listener);
    }
    Counting counting = new Counting(listener);
    try {
      return lines.read(file, counting);
    } catch (IOException e) {
      // The JSON Lines reader names the file and the line it could not read past.
      listener.rejected(new Rejection(file.toString(), 0, "unreadable: " + e.getMessage()));
      return new ReadSummary(counting.read, counting.rejected + 1, 0, counting.warnings);
    }
  }

  /** Passes everything on and counts it, so a file that breaks half-way still reports what it delivered. */
  private static final class Counting implements ReadListener {
    private final ReadListener listener;
    long read;
    long rejected;
    long warnings;

    Counting(ReadListener listener) {
      this.listener = listener;
    }

    @Override
    public void article(Article article) {
      read++;
      listener.article(article);
    }

    @Override
    public void rejected(Rejection rejection) {
      rejected++;
      listener.rejected(rejection);
    }

    @Override
    public void warning(ReadWarning warning) {
      warnings++;
      listener.warning(warning);
    }
  }
}
