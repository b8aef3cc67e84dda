package org.foiapipeline.cli;

import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.foiapipeline.http.Directories;
import org.foiapipeline.http.EntityDirectory;
import org.foiapipeline.http.WebServer;
import org.foiapipeline.index.IndexReaderPort;
import org.foiapipeline.resolve.EntityNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code foia serve}: the web UI and JSON API over an index, read-only, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the web UI and JSON API over an index.")
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
    }
    EntityDirectory directory = Directories.standard();
    EntityNames names = Directories.names();
    Path base = Path.of("").toAbsolutePath();
    try (IndexReaderPort view = index.openReader();
        WebServer server = start(view, directory, names, base)) {
      spec.commandLine().getOut().printf("foia: serving %s on http://%s:%d/ (Ctrl-C to stop)%n", index.path(), host, server.port());
      spec.commandLine().getOut().flush();
      new CountDownLatch(1).await();
    }
    return 0;
  }

  private WebServer start(IndexReaderPort view, EntityDirectory directory, EntityNames names, Path base) throws IOException {
    try {
      return WebServer.start(view, directory, names, base, host, port);
    } catch (JavalinBindException e) {
      throw new IOException("cannot listen on " + host + ":" + port + " (in use, or not an address of this machine): "
          + "stop the other server or choose another --port / --host", e);
    }
  }
}
