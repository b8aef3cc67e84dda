package org.foiapipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.foiapipeline.index.IndexUpdater;
import org.foiapipeline.resolve.EntityNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
  @TempDir Path tmp;

  int run(StringWriter err, String... args) {
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void missingIndexIsBadUsageWithAHint() {
    StringWriter err = new StringWriter();
    assertThat(run(err, "serve", "--index", tmp.resolve("none").toString(), "--port", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("foia ingest");
  }

  @Test
  void portInUseFailsWithAReadableMessage() throws Exception {
    IndexUpdater.open(tmp.resolve("index"), EntityNames.idsOnly()).close();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      StringWriter err = new StringWriter();
      int code = run(err, "serve", "--index", tmp.resolve("index").toString(), "--port", Integer.toString(taken.getLocalPort()));
      assertThat(code).isEqualTo(1);
      assertThat(err.toString()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()).doesNotContain("\tat ");
    }
  }

  @Test
  void badPortIsBadUsage() throws Exception {
    IndexUpdater.open(tmp.resolve("index"), EntityNames.idsOnly()).close();
    StringWriter err = new StringWriter();
    assertThat(run(err, "serve", "--index", tmp.resolve("index").toString(), "--port", "70000")).isEqualTo(2);
    assertThat(err.toString()).contains("--port must be between 0 and 65535");
  }
}
