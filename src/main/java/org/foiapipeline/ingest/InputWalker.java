package org.foiapipeline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.foiapipeline.extract.Status;

/**
 * Walks files and folders recursively, in sorted order, and hands every input to a sink: regular files as
 * they are, zip archives opened member by member (see {@link ZipInputs}), unreadable entries and symlink
 * loops as inputs with a problem so that they reach the ledger too. It writes nothing but zip members'
 * temporary copies, in the folder it is given.
 */
public final class InputWalker {
  /** Receives inputs one at a time; may block to bound memory. */
  public interface Sink {
    void accept(Input input) throws IOException, InterruptedException;
  }

  private final ZipInputs zips;

  public InputWalker(ZipInputs zips) {
    this.zips = zips;
  }

  public void walk(List<Path> roots, Sink sink) throws IOException, InterruptedException {
    for (Path root : roots) {
      if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        throw new IllegalArgumentException("no such file or folder: " + root);
      }
      if (Files.isDirectory(root)) {
        for (Input input : listFolder(root)) {
          dispatch(input, sink);
        }
      } else {
        dispatch(fileInput(root, root.toString()), sink);
      }
    }
  }

  private void dispatch(Input input, Sink sink) throws IOException, InterruptedException {
    if (ZipInputs.isArchive(input)) {
      zips.open(input, sink);
    } else {
      sink.accept(input);
    }
  }

  /** Lists a folder's files depth-first in name order; problems become inputs, never exceptions. */
  static List<Input> listFolder(Path root) throws IOException {
    List<Input> inputs = new ArrayList<>();
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile()) {
              inputs.add(fileInput(file, file.toString()));
            } else if (!attrs.isDirectory()) {
              // A fifo would block a reader forever; a dangling link has nothing behind it. Say so in the ledger.
              String what = attrs.isSymbolicLink() ? "broken symlink: its target does not exist" : "not a regular file (fifo, socket or device)";
              inputs.add(Input.problem(file.toString(), Status.FAILED, what + "; skipped"));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            String why =
                e instanceof FileSystemLoopException
                    ? "symlink loop: folder links back to one of its parents; skipped"
                    : "cannot read: " + describe(e);
            inputs.add(Input.problem(file.toString(), Status.FAILED, why));
            return FileVisitResult.CONTINUE;
          }
        });
    inputs.sort((a, b) -> a.path().compareTo(b.path()));
    return inputs;
  }

  static Input fileInput(Path file, String shown) {
    try {
      if (!Files.isReadable(file)) {
        return Input.problem(shown, Status.FAILED, "cannot read: permission denied");
      }
      long size = Files.size(file);
      long modified = Files.getLastModifiedTime(file).toMillis();
      return Input.file(shown, file, size, modified, false);
    } catch (IOException e) {
      return Input.problem(shown, Status.FAILED, "cannot read: " + describe(e));
    }
  }

  static String describe(IOException e) {
    String name = e.getClass().getSimpleName().replace("Exception", "");
    String message = e.getMessage() == null ? "" : e.getMessage();
    return (name.isEmpty() ? "I/O error" : name.toLowerCase(Locale.ROOT)) + (message.isEmpty() ? "" : " (" + message + ")");
  }

  /** Reads the first bytes of a file; fewer when it is shorter. */
  static byte[] head(Path file, int n) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(n);
    }
  }
}
