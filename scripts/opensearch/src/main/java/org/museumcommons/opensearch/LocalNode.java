package org.museumcommons.opensearch;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Starts one local OpenSearch node (cluster "museum-commons") in this JVM and
 * blocks until the process is told to stop (SIGTERM / SIGINT), then closes the
 * node cleanly.
 *
 * <p>Configuration (environment variables):
 * <ul>
 * <li>OPENSEARCH_PORT - HTTP port on 127.0.0.1 (default 9200)</li>
 * <li>OPENSEARCH_TRANSPORT_PORT - transport port or range (default 9300-9400)</li>
 * <li>OPENSEARCH_BASE_PATH - base directory; node home is BASE/node_1 with
 * data/, logs/ and config/ below it (default ./var/opensearch). The first
 * command line argument, if given, overrides it.</li>
 * <li>OPENSEARCH_CLUSTER_NAME - cluster name (default museum-commons)</li>
 * </ul>
 *
 * <p>The modules are loaded as classpath plugins, exactly the ones listed in
 * {@link #REQUIRED_MODULES} plus whatever of {@link #OPTIONAL_MODULES} is on the
 * classpath. No security plugin: plain HTTP, no authentication.
 */
public final class LocalNode {

    /** Modules the project relies on; startup fails if one is missing. */
    static final List<String> REQUIRED_MODULES = List.of(
            "org.opensearch.transport.Netty4Plugin", // transport-netty4 (HTTP)
            "org.opensearch.analysis.common.CommonAnalysisPlugin", // analysis-common
            "org.opensearch.percolator.PercolatorPlugin", // percolator
            "org.opensearch.index.reindex.ReindexPlugin", // reindex
            "org.opensearch.index.mapper.MapperExtrasPlugin", // mapper-extras
            "org.opensearch.painless.PainlessPlugin" // lang-painless
    );

    /** Other standard modules, loaded when present (they are, with runner 2.19.1.0). */
    static final List<String> OPTIONAL_MODULES = List.of(
            "org.opensearch.search.aggregations.matrix.MatrixAggregationPlugin",
            "org.opensearch.geo.GeoModulePlugin",
            "org.opensearch.ingest.common.IngestCommonPlugin",
            "org.opensearch.ingest.useragent.IngestUserAgentPlugin",
            "org.opensearch.script.expression.ExpressionPlugin",
            "org.opensearch.script.mustache.MustachePlugin",
            "org.opensearch.join.ParentJoinPlugin",
            "org.opensearch.index.rankeval.RankEvalPlugin",
            "org.opensearch.plugin.repository.url.URLRepositoryPlugin");

    private LocalNode() {
    }

    private static String env(final String name, final String def) {
        final String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v.trim();
    }

    public static void main(final String[] args) throws Exception {
        // Same as the distribution's jvm.options: keep log4j alive while the
        // node shuts down, and no JMX.
        System.setProperty("log4j.shutdownHookEnabled", "false");
        System.setProperty("log4j2.disable.jmx", "true");

        final int httpPort = Integer.parseInt(env("OPENSEARCH_PORT", "9200"));
        final String transportPort = env("OPENSEARCH_TRANSPORT_PORT", "9300-9400");
        final String clusterName = env("OPENSEARCH_CLUSTER_NAME", "museum-commons");
        final Path basePath = Paths
                .get(args.length > 0 ? args[0] : env("OPENSEARCH_BASE_PATH", "var/opensearch"))
                .toAbsolutePath().normalize();

        final StringBuilder modules = new StringBuilder();
        for (final String cls : REQUIRED_MODULES) {
            try {
                Class.forName(cls);
            } catch (final ClassNotFoundException e) {
                System.err.println("FATAL: required OpenSearch module class not on classpath: " + cls);
                System.exit(2);
            }
            modules.append(modules.length() == 0 ? "" : ",").append(cls);
        }
        for (final String cls : OPTIONAL_MODULES) {
            try {
                Class.forName(cls);
                modules.append(',').append(cls);
            } catch (final ClassNotFoundException e) {
                System.err.println("note: optional module not on classpath, skipped: " + cls);
            }
        }

        final OpenSearchRunner runner = new OpenSearchRunner();
        // We set http.port ourselves; stop the runner from probing 9201.. ports.
        runner.setMaxHttpPort(-1);
        runner.onBuild((number, settings) -> {
            settings.put("node.name", clusterName + "-node");
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", String.valueOf(httpPort));
            settings.put("transport.port", transportPort);
            settings.put("discovery.type", "single-node");
            // Dev/CI disks are often nearly full; never flip indices to read-only.
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        });

        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("LocalNode: shutdown requested, closing node...");
            try {
                runner.close();
            } catch (final Exception e) {
                System.err.println("LocalNode: error while closing: " + e);
            } finally {
                stopped.countDown();
            }
            System.out.println("LocalNode: node closed.");
        }, "museum-commons-opensearch-shutdown"));

        try {
            runner.build(newConfigs()
                    .clusterName(clusterName)
                    .numOfNode(1)
                    .basePath(basePath.toString())
                    .moduleTypes(modules.toString()));
        } catch (final Exception e) {
            System.err.println("FATAL: OpenSearch node failed to start");
            e.printStackTrace();
            System.exit(1);
        }
        System.out.println("LocalNode: started cluster '" + clusterName + "' on http://127.0.0.1:" + httpPort
                + " (base path " + basePath + ")");

        stopped.await();
    }
}
