package org.foiapipeline.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A folder with little space: a tmpfs of the given size where mounting works (root on Linux), else a plain
 * folder where the child's shell limits file size ({@code ulimit -f}, with SIGXFSZ ignored so writes fail
 * with EFBIG as they would with ENOSPC). {@link #grow()} gives space back for the recovery run.
 */
final class SmallDisk implements AutoCloseable {
  private final Path folder;
  private final boolean mounted;
  private final int kilobytes;

  private SmallDisk(Path folder, boolean mounted, int kilobytes) {
    this.folder = folder;
    this.mounted = mounted;
    this.kilobytes = kilobytes;
  }

  static SmallDisk create(Path folder, int kilobytes) throws IOException, InterruptedException {
    Files.createDirectories(folder);
    boolean mounted = sh("mount -t tmpfs -o size=" + kilobytes + "k tmpfs '" + folder + "'");
    return new SmallDisk(folder, mounted, kilobytes);
  }

  Path folder() {
    return folder;
  }

  String kind() {
    return mounted ? "tmpfs of " + kilobytes + " KiB" : "ulimit -f " + kilobytes + " KiB";
  }

  /** What to put before {@code exec java} so that the child sees the small disk. */
  String shellPrefix() {
    // dash and bash count ulimit -f in 512-byte blocks under POSIX mode, KiB otherwise: use the stricter.
    return mounted ? "" : "trap '' XFSZ; ulimit -f " + kilobytes + ";";
  }

  void grow() throws IOException, InterruptedException {
    if (mounted && !sh("mount -o remount,size=64m '" + folder + "'")) {
      throw new IOException("cannot grow the tmpfs at " + folder);
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (mounted) {
      sh("umount '" + folder + "'");
    }
  }

  private static boolean sh(String command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
  }
}
