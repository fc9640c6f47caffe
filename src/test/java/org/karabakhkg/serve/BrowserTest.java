package org.karabakhkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karabakhkg.rdf.GraphBuilder;
import org.karabakhkg.store.TdbStore;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages and the Fuseki UI in a real, headless Chromium (Debian's chromium and chromium-driver, which
 * .ci/run installs). Skipped only where the browser is not installed at all.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;
    private static KgServer server;
    private static WebDriver browser;
    private static String base;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "chromium and chromium-driver are not installed");
        TdbStore.replace(dir.resolve("store"), GraphBuilder.build(Path.of("seeds"), Path.of("ontology")).dataset());
        server = KgServer.start(new KgServer.Config(dir.resolve("store"), Path.of("queries"), "127.0.0.1", 0, 10, null));
        base = "http://127.0.0.1:" + server.port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1300,1000", "--user-data-dir=" + dir.resolve("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort().withLogFile(new File(dir.resolve("chromedriver.log").toString())).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null)
            browser.quit();
        if (server != null)
            server.close();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Test
    void indexListsActorsAgreementsAndEventsAndLeadsToAnEntityPage() {
        browser.get(base + "/browse");
        String text = browser.findElement(By.tagName("main")).getText();
        assertTrue(text.contains("Actors · Actoren") && text.contains("Agreements and documents") && text.contains("Events"), text);
        browser.findElement(By.linkText("Azerbaijan")).click();
        waiting().until(ExpectedConditions.urlContains("/id/azerbaijan"));
        assertEquals("Azerbeidzjan", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void entityPageShowsEachFactWithItsQuoteAndSentence() {
        browser.get(base + "/id/osce-chairmanship");
        List<WebElement> quotes = browser.findElements(By.tagName("blockquote"));
        assertTrue(quotes.stream().anyMatch(q -> q.getText().contains("na bemiddeling door de EU, de VS en het OVSE-voorzitterschap")));
        browser.findElement(By.linkText("sentence 50")).click();
        waiting().until(ExpectedConditions.urlContains("#s-50"));
        assertTrue(browser.findElement(By.id("s-50")).getText().contains("15 gevangen overdroeg aan Armenië"));
    }

    @Test
    void letterPageShowsTheTextWithTheClaimsMarked() {
        browser.get(base + "/letter/kst-21501-02-2375");
        assertTrue(browser.findElements(By.tagName("mark")).size() > 50);
        WebElement s = browser.findElement(By.id("s-14"));
        assertEquals("In 1993 nam de VN Veiligheidsraad vier resoluties aan over dit conflict.", s.findElement(By.tagName("mark")).getText());
    }

    @Test
    void timelineShowsEventsInDateOrderWithTheirPrecision() {
        browser.get(base + "/browse/timeline");
        List<WebElement> rows = browser.findElements(By.cssSelector("table tr"));
        assertTrue(rows.size() > 10);
        assertTrue(rows.get(1).getText().startsWith("1990 decade “begin jaren ’90”"), rows.get(1).getText());
        assertTrue(rows.get(rows.size() - 1).getText().startsWith("2021-06-12 day"), rows.get(rows.size() - 1).getText());
    }

    @Test
    void pictureDrawsActorsEventsAndAgreements() {
        browser.get(base + "/browse/graph");
        WebElement svg = browser.findElement(By.tagName("svg"));
        assertTrue(svg.findElements(By.tagName("path")).size() > 20, "connections");
        assertTrue(svg.getText().contains("Azerbaijan") && svg.getText().contains("exchange of 12 June 2021"));
    }

    @Test
    void fusekiUiListsTheDatasetAndRunsAQuery() {
        browser.get(base + "/#/");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "/kg"));
        browser.get(base + "/#/dataset/kg/query");
        WebElement run = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton")));
        run.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasr table tbody tr")));
        List<WebElement> cells = browser.findElements(By.cssSelector(".yasr table tbody tr"));
        assertTrue(cells.size() >= 10, "rows shown: " + cells.size());
    }
}
