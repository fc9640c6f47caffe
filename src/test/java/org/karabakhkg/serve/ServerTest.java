package org.karabakhkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.rdflink.RDFLinkHTTP;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.karabakhkg.KgException;
import org.karabakhkg.rdf.GraphBuilder;
import org.karabakhkg.store.TdbStore;

/** A real server on a free port, asked over real HTTP by Jena's RDFLink and java.net.http. */
class ServerTest {
    private static final String ORIGIN = "http://analyst.example";

    @TempDir
    static Path dir;
    private static KgServer server;
    private static String base;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        TdbStore.replace(dir.resolve("store"), GraphBuilder.build(Path.of("seeds"), Path.of("ontology")).dataset());
        server = KgServer.start(new KgServer.Config(dir.resolve("store"), Path.of("queries"), "127.0.0.1", 0, 2, ORIGIN));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        if (accept != null)
            b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
            .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sparql(String query) {
        return "/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void rdfLinkSeesTheUnionOfTheClaimGraphsAsDefaultGraph() {
        try (RDFLink link = RDFLinkHTTP.service(base + "/kg").build()) {
            var rows = link.query("PREFIX kg: <https://w3id.org/karabakh-kg/ontology#> "
                + "SELECT ?m WHERE { ?e a kg:Exchange ; kg:mediator ?m }").select();
            int n = 0;
            while (rows.hasNext()) {
                rows.next();
                n++;
            }
            assertEquals(3, n, "the EU, the US and the OSCE chairmanship");
            assertTrue(link.query("ASK { GRAPH <https://w3id.org/karabakh-kg/letter/kst-21501-02-2375/claim/exchange-2021-06-12> { ?s ?p ?o } }").ask());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "application/sparql-results+json | \"bindings\"",
        "application/sparql-results+xml  | <sparql",
        "text/csv                        | code",
        "text/tab-separated-values       | ?code" })
    void selectResultFormats(String accept, String expected) throws Exception {
        HttpResponse<String> r = get(sparql("SELECT ?code WHERE { ?s <https://w3id.org/karabakh-kg/ontology#isoCode> ?code }"), accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        assertTrue(r.body().contains(expected) && r.body().contains("AZ"), r.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = { "text/turtle | TURTLE", "application/ld+json | JSONLD" })
    void constructResultFormats(String accept, String lang) throws Exception {
        HttpResponse<String> r = get(sparql("CONSTRUCT { ?s <https://example.org/code> ?c } WHERE { ?s <https://w3id.org/karabakh-kg/ontology#isoCode> ?c }"), accept);
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), lang.equals("TURTLE") ? Lang.TURTLE : Lang.JSONLD).parse(g);
        assertEquals(6, g.size());
    }

    @Test
    void updateAndGraphWritesAreRefused() throws Exception {
        String update = "INSERT DATA { <https://example.org/a> <https://example.org/b> 1 }";
        assertTrue(post("/kg/update", "application/sparql-update", update).statusCode() >= 400);
        assertTrue(post("/kg", "application/sparql-update", update).statusCode() >= 400);
        assertTrue(post("/kg/data?default", "text/turtle", "<https://example.org/a> <https://example.org/b> 1 .").statusCode() >= 400);
        assertTrue(post("/kg?graph=https://example.org/g", "text/turtle", "<https://example.org/a> <https://example.org/b> 1 .").statusCode() >= 400);
        HttpResponse<String> check = get(sparql("ASK { <https://example.org/a> ?p ?o }"), "application/sparql-results+json");
        assertTrue(check.body().contains("false"), check.body());
    }

    @Test
    void graphStoreReadsANamedGraph() throws Exception {
        HttpResponse<String> r = get("/kg?graph=" + URLEncoder.encode("https://w3id.org/karabakh-kg/letter/kst-21501-02-2375/claim/exchange-2021-06-12",
            StandardCharsets.UTF_8), "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("exchange-2021-06-12"), r.body());
    }

    @Test
    void aQueryPastTheTimeoutGets503WhileOthersAreAnswered() throws Exception {
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return get(sparql("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"), "application/sparql-results+json");
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        Thread.sleep(300);
        HttpResponse<String> quick = get(sparql("ASK { ?s ?p ?o }"), "application/sparql-results+json");
        assertEquals(200, quick.statusCode());
        HttpResponse<String> r = slow.get();
        assertEquals(503, r.statusCode(), r.body());
        assertEquals(200, get("/$/ping", null).statusCode(), "the server goes on answering");
    }

    @Test
    void malformedQueryGets400WithTheParserMessage() throws Exception {
        HttpResponse<String> r = get(sparql("SELECT ?x WHERE { ?x ?y }"), "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("line 1"), r.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "text/html                                   | text/html            | <h1>Azerbeidzjan</h1>",
        "text/html,application/xhtml+xml,*/*;q=0.8   | text/html            | Azerbaijan",
        "text/turtle                                 | text/turtle          | kg:isoCode",
        "application/ld+json                         | application/ld+json  | @context",
        "application/n-triples                       | application/n-triples | <https://w3id.org/karabakh-kg/id/azerbaijan>",
        "*/*                                         | text/turtle          | kg:State" })
    void entityPagesNegotiateTheirFormat(String accept, String type, String expected) throws Exception {
        HttpResponse<String> r = get("/id/azerbaijan", accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), r.headers().toString());
        assertTrue(r.body().contains(expected), r.body());
    }

    @Test
    void theVocabularyDereferencesWithEveryTerm() throws Exception {
        String html = get("/ontology", "text/html").body();
        assertTrue(html.contains("<tr id=\"Exchange\"><td><code>kg:Exchange</code>"), html);
        String ttl = get("/ontology", "text/turtle").body();
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).parse(g);
        assertTrue(g.size() > 300, "the whole vocabulary, not only the ontology header: " + g.size());
        assertTrue(get("/graph/entities", "text/turtle").body().contains("ent:azerbaijan"));
    }

    @Test
    void unsupportedAcceptGets406() throws Exception {
        assertEquals(406, get("/id/azerbaijan", "image/png").statusCode());
    }

    @Test
    void entityPageShowsFactsWithTheWordsOfTheLetter() throws Exception {
        String html = get("/id/osce-chairmanship", "text/html").body();
        assertTrue(html.contains("exchange of 12 June 2021"), html);
        assertTrue(html.contains("na bemiddeling door de EU, de VS en het OVSE-voorzitterschap"), html);
        assertTrue(html.contains("href=\"/letter/kst-21501-02-2375#s-50\""), html);
    }

    @Test
    void letterPageMarksTheClaims() throws Exception {
        String html = get("/letter/kst-21501-02-2375", "text/html").body();
        assertTrue(html.contains("<span class=\"s\" id=\"s-50\">"), "sentence anchors");
        assertTrue(html.contains("<mark>"), "claimed words marked");
        assertTrue(html.contains("href=\"/letter/kst-21501-02-2375/claim/transfer-prisoners-2021-06-12\""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/id/atlantis", "/resource/nothing-here", "/letter/kst-0/claim/x", "/id/azerbaijan/../../etc/passwd",
        "/id/%2e%2e/%2e%2e/etc/passwd", "/browse/questions/no-such-question", "/static/../../../../etc/passwd" })
    void unknownResourcesAndPathTricksAreNotFound(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " -> " + r.statusCode());
        assertFalse(r.body().contains("root:"), "no file outside what is served");
    }

    @Test
    void browsePagesAnswer() throws Exception {
        assertTrue(get("/browse", "text/html").body().contains("Actors · Actoren"));
        String timeline = get("/browse/timeline", "text/html").body();
        assertTrue(timeline.indexOf("begin jaren") < timeline.indexOf("op 12 juni"), "in date order");
        HttpResponse<String> svg = get("/browse/graph.svg", null);
        assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        assertTrue(svg.body().startsWith("<svg") && svg.body().contains("Azerbaijan"));
        assertTrue(get("/browse/questions/mediators", "text/html").body().contains("OSCE Chairmanship"));
    }

    @Test
    void healthMetricsAndStats() throws Exception {
        assertEquals(200, get("/$/ping", null).statusCode());
        assertTrue(get("/$/metrics", null).body().contains("# TYPE"));
        assertTrue(get("/$/stats", "application/json").body().contains("/kg"));
        assertTrue(get("/$/server", "application/json").body().contains("/kg"), "the status the UI lists datasets from");
    }

    @Test
    void corsOnlyForTheConfiguredOrigin() throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + sparql("ASK {}")));
        HttpResponse<String> allowed = http.send(b.header("Origin", ORIGIN).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(ORIGIN, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create(base + sparql("ASK {}")))
            .header("Origin", "http://elsewhere.example").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void aPortInUseIsOneClearError() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            KgException e = assertThrows(KgException.class, () -> KgServer.start(
                new KgServer.Config(dir.resolve("other"), Path.of("queries"), "127.0.0.1", taken.getLocalPort(), 2, null)));
            assertEquals("127.0.0.1:" + taken.getLocalPort() + ": port is in use", e.getMessage());
        }
        assertNotEquals(0, server.port());
    }
}
