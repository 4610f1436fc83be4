package org.fahras.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a folder of plain-text articles as scraped from news pages, one article per {@code .txt} file (a single
 * {@code .txt} file may be given too).
 *
 * <p>The folder is walked recursively in a fixed order (names compared as strings, a folder's files and subfolders
 * merged in that order), so two runs over the same folder deliver the same articles in the same order. Symbolic links
 * to folders are not followed (they could loop).
 *
 * <p>For each file:
 *
 * <ul>
 *   <li>a name not ending in {@code .txt} (any case) is skipped, not rejected: images, indexes and notes often sit
 *       beside articles; it is reported to {@link ReadListener#skipped};
 *   <li>a subfolder that cannot be listed is rejected (reason {@code unreadable}) and the walk goes on;
 *   <li>a {@code .txt} file is rejected when it is empty or blank, holds a NUL byte (a binary file with the wrong
 *       name), is not valid UTF-8 (the line of the first bad byte is given), is larger than the limit, cannot be
 *       read, or holds no title and no text once the furniture is removed;
 *   <li>otherwise it becomes an {@link Article}: the id is the file's path relative to the folder, with {@code '/'}
 *       separators ({@code 2024/09/000.txt}); title, body and source come from {@link ScrapedPage}; the publication
 *       date comes from the injected function, given the whole text (in practice the temporal tagger's
 *       {@code publicationDate}, which reads the header); URL and category are unknown.
 * </ul>
 *
 * <p>Memory holds one file at a time. Immutable and thread-safe if the date function is.
 */
public final class PlainTextReader implements ArticleReader {

  /** The largest file read by default: 64 MiB, far above any article. */
  public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;

  private static final String EXTENSION = ".txt";

  private final Function<String, Optional<LocalDate>> publicationDate;
  private final long maxFileBytes;

  /**
   * A reader that dates each article with {@code publicationDate}.
   *
   * @param publicationDate given an article's whole text, returns its publication date when the header states one
   */
  public PlainTextReader(Function<String, Optional<LocalDate>> publicationDate) {
    this(publicationDate, DEFAULT_MAX_FILE_BYTES);
  }

  /**
   * A reader that dates each article with {@code publicationDate} and rejects files above {@code maxFileBytes}.
   *
   * @param publicationDate given an article's whole text, returns its publication date when the header states one
   * @param maxFileBytes the largest file read, in bytes
   */
  public PlainTextReader(Function<String, Optional<LocalDate>> publicationDate, long maxFileBytes) {
    this.publicationDate = Objects.requireNonNull(publicationDate, "publicationDate");
    if (maxFileBytes < 1 || maxFileBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxFileBytes must be in [1, " + (Integer.MAX_VALUE - 16) + "]: " + maxFileBytes);
    }
    this.maxFileBytes = maxFileBytes;
  }

  /**
   * Reads every {@code .txt} article under {@code input}, a folder or a single file.
   *
   * @throws IOException if {@code input} does not exist or, being a folder, cannot be listed
   */
  @Override
  public ReadSummary read(Path input, ReadListener listener) throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(listener, "listener");
    Counts counts = new Counts();
    if (Files.isDirectory(input)) {
      FolderWalk.walk(
          input,
          new FolderWalk.Visitor() {
            @Override
            public void file(Path file, String id) {
              readFile(file, id, listener, counts);
            }

            @Override
            public void unreadable(Path folder, IOException problem) {
              counts.rejected++;
              listener.rejected(new Rejection(folder.toString(), 0, "unreadable: folder cannot be listed: " + problem));
            }
          });
    } else if (Files.exists(input)) {
      readFile(input, input.getFileName().toString(), listener, counts);
    } else {
      throw new NoSuchFileException(input.toString());
    }
    return new ReadSummary(counts.read, counts.rejected, counts.skipped);
  }

  /**
   * Reads one file as the article {@code id}, for a reader of mixed folders; a name not ending in {@code .txt} is
   * skipped.
   */
  ReadSummary readFile(Path file, String id, ReadListener listener) {
    Counts counts = new Counts();
    readFile(file, id, listener, counts);
    return new ReadSummary(counts.read, counts.rejected, counts.skipped);
  }

  private void readFile(Path file, String id, ReadListener listener, Counts counts) {
    String name = file.toString();
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
      counts.skipped++;
      listener.skipped(name, "not a " + EXTENSION + " file");
      return;
    }
    Article article;
    try {
      article = toArticle(file, id);
    } catch (BadFile bad) {
      counts.rejected++;
      listener.rejected(new Rejection(name, bad.line, bad.getMessage()));
      return;
    }
    counts.read++;
    listener.article(article);
  }

  private Article toArticle(Path file, String id) throws BadFile {
    byte[] bytes;
    try {
      if (Files.size(file) > maxFileBytes) {
        throw new BadFile(0, "file too large: more than " + maxFileBytes + " bytes");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadFile(0, "unreadable: " + e);
    }
    int from = hasByteOrderMark(bytes) ? 3 : 0;
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new BadFile(lineOf(bytes, i), "binary file: NUL byte at byte " + i);
      }
    }
    int invalid = Utf8.firstInvalid(bytes, from, bytes.length);
    if (invalid >= 0) {
      throw new BadFile(lineOf(bytes, invalid), String.format(Locale.ROOT,
          "invalid UTF-8: byte 0x%02X at byte %d", bytes[invalid] & 0xFF, invalid));
    }
    String text = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    if (ArabicFold.strip(text).isEmpty()) {
      throw new BadFile(0, "empty file: no text");
    }
    ScrapedPage page = ScrapedPage.parse(text);
    LocalDate published = publicationDate.apply(text).orElse(null);
    try {
      return Article.builder(id)
          .title(page.title())
          .body(page.body())
          .source(page.source())
          .published(published)
          .build();
    } catch (IllegalArgumentException e) {
      throw new BadFile(0, e.getMessage());
    }
  }

  private static boolean hasByteOrderMark(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  /** The 1-based line holding {@code bytes[at]}. */
  private static long lineOf(byte[] bytes, int at) {
    long line = 1;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Mutable counts of one {@code read} call. */
  private static final class Counts {
    long read;
    long rejected;
    long skipped;
  }

  /** A file that cannot become an article; the message is the rejection reason. Cheap: no stack trace. */
  private static final class BadFile extends Exception {
    private static final long serialVersionUID = 1L;
    private final long line;

    BadFile(long line, String reason) {
      super(reason, null, false, false);
      this.line = line;
    }
  }
}
