package org.fahras.document;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Walks a folder recursively in a fixed order: names compared as strings, a folder's files and subfolders merged in
 * that order, so two runs over the same folder visit the same files in the same order. Symbolic links to folders are
 * not followed (they could loop). Shared by the readers of folders.
 */
final class FolderWalk {

  /** What the walk finds. */
  interface Visitor {
    /**
     * A file (anything but a folder).
     *
     * @param file its path
     * @param id its path relative to the walked folder, with {@code '/'} separators ({@code 2024/09/000.txt})
     */
    void file(Path file, String id) throws IOException;

    /** A subfolder that cannot be listed; the walk goes on with its siblings. */
    void unreadable(Path folder, IOException problem);
  }

  private FolderWalk() {}

  /**
   * Visits every file under {@code root}.
   *
   * @throws IOException if {@code root} itself cannot be listed, or the visitor throws
   */
  static void walk(Path root, Visitor visitor) throws IOException {
    walk(root, root, visitor);
  }

  private static void walk(Path root, Path folder, Visitor visitor) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      stream.forEach(entries::add);
    } catch (IOException e) {
      if (folder.equals(root)) {
        throw e;
      }
      // One unreadable subfolder costs its own articles, not the rest of the tree.
      visitor.unreadable(folder, e);
      return;
    }
    entries.sort(Comparator.comparing(path -> path.getFileName().toString()));
    for (Path entry : entries) {
      if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        walk(root, entry, visitor);
      } else {
        visitor.file(entry, idOf(root, entry));
      }
    }
  }

  private static String idOf(Path root, Path file) {
    StringBuilder id = new StringBuilder();
    for (Path part : root.relativize(file)) {
      if (!id.isEmpty()) {
        id.append('/');
      }
      id.append(part);
    }
    return id.toString();
  }
}
