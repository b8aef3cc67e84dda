package org.foiapipeline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the bytes of an indexed document again from the paths the ledger recorded: a plain file, or a zip
 * member {@code release.zip!/member.pdf} (nested archives too), which is copied to a temporary file. The
 * bytes must still be the document's: a file changed since it was ingested is a different document.
 */
final class OriginalFiles {
  /** Where a document's bytes were found, or why they were not. */
  record Found(Path file, String path, boolean temporary, String problem) implements AutoCloseable {
    boolean ok() {
      return problem.isEmpty();
    }

    @Override
    public void close() throws IOException {
      if (temporary && file != null) {
        Files.deleteIfExists(file);
      }
    }
  }

  private final Path tempFolder;
  private final long maxBytes;

  OriginalFiles(Path tempFolder, long maxBytes) {
    this.tempFolder = tempFolder;
    this.maxBytes = maxBytes;
  }

  /** The first of {@code paths} that still holds the document's bytes; else why none does. */
  Found find(String id, List<String> paths) {
    String problem = "no path recorded";
    for (String path : paths) {
      Found found = open(id, path);
      if (found.ok()) {
        return found;
      }
      problem = found.problem();
    }
    return new Found(null, "", false, paths.size() > 1 ? "none of its " + paths.size() + " paths holds it (" + problem + ")" : problem);
  }

  private Found open(String id, String path) {
    String[] parts = path.split("!/");
    Path file = Path.of(parts[0]);
    if (!Files.isRegularFile(file)) {
      return new Found(null, path, false, "file is gone: " + parts[0]);
    }
    Found found = new Found(file, path, false, "");
    try {
      for (int i = 1; i < parts.length; i++) {
        Found member = member(found.file(), parts[i], path);
        found.close();
        found = member;
        if (!found.ok()) {
          return found;
        }
      }
      if (!Fingerprint.of(found.file()).equals(id)) {
        found.close();
        return new Found(null, path, false, path + " has changed since it was ingested: ingest it again");
      }
      return found;
    } catch (IOException e) {
      return new Found(null, path, false, "cannot read " + path + ": " + InputWalker.describe(e));
    }
  }

  private Found member(Path archive, String name, String shown) throws IOException {
    try (ZipFile zip = new ZipFile(archive.toFile())) {
      ZipEntry entry = zip.getEntry(name);
      if (entry == null) {
        return new Found(null, shown, false, "member is gone from its archive: " + shown);
      }
      Files.createDirectories(tempFolder);
      Path temp = Files.createTempFile(tempFolder, "member-", ".bin");
      long written = 0;
      try (InputStream in = zip.getInputStream(entry);
          OutputStream out = Files.newOutputStream(temp)) {
        byte[] buffer = new byte[1 << 16];
        int n;
        while ((n = in.read(buffer)) > 0) {
          written += n;
          if (written > maxBytes) {
            Files.deleteIfExists(temp);
            return new Found(null, shown, false, "member inflates beyond " + maxBytes + " bytes: " + shown);
          }
          out.write(buffer, 0, n);
        }
      }
      return new Found(temp, shown, true, "");
    }
  }
}
