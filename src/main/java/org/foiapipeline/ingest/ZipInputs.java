package org.foiapipeline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.foiapipeline.extract.Status;

/**
 * Opens zip archives and hands each member on as an input named {@code archive.zip!/member}. A member's
 * bytes go to a temporary file with a generated name in the given folder: a member name such as
 * {@code ../../x.pdf} is only ever shown, never used as a path. Nested archives are opened to a limited
 * depth; members over the size limit and archives that inflate beyond reason (zip bombs) become inputs
 * with a problem.
 */
public final class ZipInputs {
  /** How deep archives inside archives are opened. */
  public static final int MAX_DEPTH = 3;
  /** At most this many members of one archive are ingested. */
  public static final int MAX_MEMBERS = 100_000;
  /** An archive is a bomb if it inflates to more than this many times its own size... */
  public static final long BOMB_RATIO = 200;
  /** ...and to more than this many bytes. */
  public static final long BOMB_MIN_BYTES = 64L * 1024 * 1024;

  private final Path tempFolder;
  private final long maxMemberBytes;

  public ZipInputs(Path tempFolder, long maxMemberBytes) {
    this.tempFolder = tempFolder;
    this.maxMemberBytes = maxMemberBytes;
  }

  /** Office and OpenDocument files are zips inside, but documents to extract, not archives to open. */
  private static final java.util.regex.Pattern DOCUMENT_CONTAINERS =
      java.util.regex.Pattern.compile("(?i).*\\.(docx|docm|xlsx|xlsm|pptx|pptm|odt|ods|odp|epub)$");

  /** Whether an input is an archive to open member by member: zip bytes under a name no document format uses. */
  static boolean isArchive(Input input) {
    return input.readable() && !DOCUMENT_CONTAINERS.matcher(input.path()).matches() && isZip(input.file());
  }

  static boolean isZip(Path file) {
    try {
      byte[] head = InputWalker.head(file, 4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    } catch (IOException e) {
      return false;
    }
  }

  void open(Input archive, InputWalker.Sink sink) throws IOException, InterruptedException {
    open(archive, sink, 1);
  }

  private void open(Input archive, InputWalker.Sink sink, int depth) throws IOException, InterruptedException {
    ZipFile zip;
    try {
      zip = new ZipFile(archive.file().toFile());
    } catch (IOException e) {
      sink.accept(Input.problem(archive.path(), Status.FAILED, "corrupt zip archive: " + InputWalker.describe(e)));
      return;
    }
    try (zip) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      long inflated = 0;
      int members = 0;
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        String shown = archive.path() + "!/" + entry.getName();
        if (++members > MAX_MEMBERS) {
          sink.accept(Input.problem(shown, Status.FAILED, "archive has more than " + MAX_MEMBERS + " members; rest skipped"));
          return;
        }
        Input member = copy(zip, entry, shown);
        inflated += Math.max(0, member.size());
        if (inflated > BOMB_MIN_BYTES && inflated > BOMB_RATIO * Math.max(1, archive.size())) {
          delete(member);
          sink.accept(Input.problem(shown, Status.TOO_LARGE, "zip bomb suspected: archive inflates over " + BOMB_RATIO + "x its size; rest skipped"));
          return;
        }
        if (depth < MAX_DEPTH && isArchive(member)) {
          try {
            open(member, sink, depth + 1);
          } finally {
            delete(member);
          }
        } else {
          sink.accept(member);
        }
      }
      if (members == 0) {
        sink.accept(Input.problem(archive.path(), Status.EMPTY, "archive has no files"));
      }
    }
  }

  private Input copy(ZipFile zip, ZipEntry entry, String shown) throws IOException {
    if (entry.getSize() > maxMemberBytes) {
      return Input.problem(shown, Status.TOO_LARGE, "member inflates to " + entry.getSize() + " bytes");
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
        if (written > maxMemberBytes) {
          Files.deleteIfExists(temp);
          return Input.problem(shown, Status.TOO_LARGE, "member inflates beyond " + maxMemberBytes + " bytes");
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      return Input.problem(shown, Status.FAILED, "corrupt zip member: " + e.getMessage());
    }
    return Input.file(shown, temp, written, entry.getCrc(), true);
  }

  static void delete(Input input) throws IOException {
    if (input.temporary() && input.file() != null) {
      Files.deleteIfExists(input.file());
    }
  }
}
