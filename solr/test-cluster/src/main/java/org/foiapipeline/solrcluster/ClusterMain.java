package org.foiapipeline.solrcluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;

/**
 * Runs a MiniSolrCloudCluster until told to stop. Arguments: a base folder and the number of nodes. Prints
 * {@code ZK <host:port>} once the cluster is up, then reads commands from standard input, one a line:
 * {@code stop N} stops node N, {@code start N} starts it again, {@code quit} (or end of input) shuts the
 * cluster down. Each command is answered with {@code OK ...} or {@code ERR ...}.
 */
public final class ClusterMain {
  private ClusterMain() {}

  public static void main(String[] args) throws Exception {
    Path base = Path.of(args[0]);
    int nodes = Integer.parseInt(args[1]);
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(nodes, base, JettyConfig.builder().build());
    try {
      System.out.println("ZK " + cluster.getZkServer().getZkAddress());
      System.out.flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null && !line.strip().equals("quit"); line = in.readLine()) {
        System.out.println(run(cluster, line.strip()));
        System.out.flush();
      }
    } finally {
      cluster.shutdown();
    }
    System.exit(0);
  }

  private static String run(MiniSolrCloudCluster cluster, String command) {
    try {
      String[] words = command.split("\\s+");
      int node = Integer.parseInt(words[1]);
      if (words[0].equals("stop")) {
        cluster.stopJettySolrRunner(node);
        return "OK stopped " + node;
      } else if (words[0].equals("start")) {
        cluster.startJettySolrRunner(cluster.getJettySolrRunner(node));
        return "OK started " + node;
      }
      return "ERR unknown command " + command;
    } catch (Exception e) {
      return "ERR " + e;
    }
  }
}
