package org.karabakhkg.serve;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.karabakhkg.KgException;
import org.karabakhkg.store.TdbStore;

/**
 * The embedded Fuseki: the store as dataset {@code /kg}, read-only, the union of the named graphs as its
 * default graph; the Fuseki UI at {@code /} without its admin module; and the Linked Data pages. One
 * process holds the TDB2 store.
 */
public final class KgServer implements AutoCloseable {
    public static final String DATASET = "/kg";

    /** How to serve. {@code corsOrigin} null: CORS off. */
    public record Config(Path store, Path queries, String host, int port, int timeoutSeconds, String corsOrigin) {}

    private final FusekiServer server;
    private final DatasetGraph dsg;

    private KgServer(FusekiServer server, DatasetGraph dsg) {
        this.server = server;
        this.dsg = dsg;
    }

    public static KgServer start(Config config) {
        boolean loopback = switch (config.host()) {
            case "127.0.0.1", "localhost" -> true;
            case "0.0.0.0" -> false;
            default -> throw new KgException("--host " + config.host() + ": only 127.0.0.1 (loopback) or 0.0.0.0 (all interfaces)");
        };
        requirePortFree(config.host(), config.port());
        DatasetGraph dsg = TdbStore.open(config.store());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(config.timeoutSeconds() * 1000L));
        GraphView view = new GraphView(dsg);
        ResourceServlet resources = new ResourceServlet(view);
        FusekiServer.Builder b = FusekiServer.create()
            .fusekiModules(FusekiModules.create())
            .port(config.port())
            .loopback(loopback)
            .add(DATASET, dsg, false)
            .enablePing(true)
            .enableStats(true)
            .enableMetrics(true)
            .enableCors(false, null)
            .staticFileBase(uiLocation())
            .addProcessor("/$/server", new ActionServerStatus())
            .addServlet("/browse/*", new BrowseServlet(view, config.queries()))
            .addServlet("/browse", new BrowseServlet(view, config.queries()))
            .addServlet("/id/*", resources)
            .addServlet("/resource/*", resources)
            .addServlet("/letter/*", resources)
            .addServlet("/dossier/*", resources)
            .addServlet("/graph/*", resources)
            .addServlet("/ontology", resources);
        if (config.corsOrigin() != null)
            b.addFilter("/*", new CorsFilter(config.corsOrigin()));
        FusekiServer server;
        try {
            server = b.build().start();
        } catch (RuntimeException e) {
            TDBInternal.expel(dsg);
            if (causedBy(e, BindException.class))
                throw new KgException(config.host() + ":" + config.port() + ": port is in use");
            throw e;
        }
        return new KgServer(server, dsg);
    }

    public int port() {
        return server.getPort();
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
        TDBInternal.expel(dsg);
    }

    /** The Fuseki UI inside its jar on the class path: jar:file:…!/webapp/. */
    private static String uiLocation() {
        Resource r = ResourceFactory.closeable().newClassLoaderResource("webapp");
        if (r == null)
            throw new KgException("the Fuseki UI (jena-fuseki-ui) is not on the class path");
        return r.getURI().toString();
    }

    private static void requirePortFree(String host, int port) {
        if (port == 0)
            return;
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(host.equals("localhost") ? "127.0.0.1" : host, port));
        } catch (IOException e) {
            throw new KgException(host + ":" + port + ": port is in use");
        }
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c))
                return true;
        }
        return false;
    }
}
