package org.foiapipeline.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.foiapipeline.index.IndexView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web UI in real headless Chromium: the journalist's path from a search to the county map, and hostile text. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebAppIT {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path tmp;
  TestCorpus corpus;
  IndexView view;
  WebServer server;
  ChromeDriver driver;
  WebDriverWait wait;
  String base;

  @BeforeAll
  void start() throws IOException {
    corpus = TestCorpus.build(tmp);
    view = IndexView.open(tmp.resolve("index"));
    server = WebServer.start(view, TestCorpus.DIRECTORY, TestCorpus.NAMES, tmp, "127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port() + "/";
    driver = chrome(Files.createDirectories(tmp.resolve("chrome-profile")));
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    Files.createDirectories(SCREENSHOTS);
  }

  /** Chromium and chromedriver from the Debian packages; nothing is downloaded. */
  static ChromeDriver chrome(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1400,1000");
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  @AfterAll
  void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    server.close();
    view.close();
  }

  void shot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  @Test
  void searchOpenHitSeeEntityAndItsCountyOnTheContactsMap() throws IOException {
    driver.get(base);
    WebElement q = visible(By.id("q"));
    q.sendKeys("\"Dakota County\"");
    q.submit();
    visible(By.cssSelector(".facets a[data-facet=jurisdiction][data-value='county:31043']")).click();
    wait.until(d -> d.findElements(By.cssSelector(".filters .chip")).stream().anyMatch(c -> c.getText().contains("Jurisdiction: Dakota County, NE")));
    WebElement letter = wait.until(d -> d.findElements(By.cssSelector(".hit-link")).stream()
        .filter(a -> a.getText().contains("letter.pdf")).findFirst().orElse(null));
    assertThat(driver.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector(".facets a[data-facet=jurisdiction]"))).isNotEmpty();
    shot("01-search");

    letter.click();
    WebElement image = visible(By.id("page-image"));
    wait.until(d -> (Boolean) js("const i = document.getElementById('page-image'); return i.complete && i.naturalWidth > 0;"));
    assertThat(image.getAttribute("src")).endsWith("/pages/1.png");
    List<WebElement> marks = driver.findElements(By.cssSelector("#page-text mark.match"));
    assertThat(marks).extracting(WebElement::getText).contains("Dakota County");
    assertThat(driver.findElements(By.cssSelector("#page-text .exemption"))).extracting(WebElement::getText).contains("(b)(6)");
    assertThat(driver.findElement(By.cssSelector(".page-facts")).getText()).contains("Bates ICE-2019-000123");
    assertThat(driver.findElements(By.cssSelector(".frame .redaction"))).hasSize(1);
    shot("02-document");

    driver.findElement(By.cssSelector(".page-facts a.chip.entity[href*='county']")).click();
    assertThat(visible(By.id("entity-name")).getText()).isEqualTo("Dakota County, NE");
    assertThat(driver.findElements(By.cssSelector("#timeline .event"))).hasSize(2);
    shot("03-entity");

    driver.findElement(By.id("map-link")).click();
    WebElement dakota = wait.until(d -> d.findElements(By.cssSelector("path[data-fips='31043']")).stream().findFirst().orElse(null));
    assertThat(dakota.getAttribute("fill")).isNotEqualTo("#eef0f3");
    assertThat(driver.findElement(By.cssSelector("path[data-fips='06037']")).getAttribute("fill")).isEqualTo("#eef0f3");
    assertThat(driver.findElement(By.id("csv-detail")).getAttribute("href")).contains("/api/contacts?", "format=csv");
    shot("04-contacts-map");

    driver.findElement(By.cssSelector("th[data-key=name] button")).click();
    List<WebElement> names = driver.findElements(By.cssSelector("#contacts-table tbody td:first-child"));
    assertThat(names).extracting(WebElement::getText).containsExactly("Dakota County, NE", "Harris County, TX");
    assertThat(severeConsoleErrors()).isEmpty();
  }

  @Test
  void hostileDocumentTextIsShownLiterallyAndNeverRuns() throws IOException {
    driver.get(base + "#/search?q=onerror");
    visible(By.cssSelector(".hit .snippet"));
    assertNoXssAndLiteral(".results");
    shot("05-xss-search");

    driver.get(base + "#/doc/" + corpus.hostileId + "/1?q=script");
    visible(By.id("page-text"));
    assertNoXssAndLiteral("#page-text");
    assertThat(driver.findElement(By.id("page-text")).getText()).contains(TestCorpus.HOSTILE);
    shot("06-xss-document");

    driver.get(base + "#/entity/" + TestCorpus.DAKOTA);
    visible(By.id("timeline"));
    assertNoXssAndLiteral("#timeline");
    shot("07-xss-entity");
    assertThat(severeConsoleErrors()).isEmpty();
  }

  private void assertNoXssAndLiteral(String css) {
    assertThat(js("return typeof window.__xss")).isEqualTo("undefined");
    assertThat(driver.findElements(By.cssSelector(css + " script, " + css + " img, " + css + " svg, " + css + " iframe"))).isEmpty();
    String text = driver.findElement(By.cssSelector(css)).getText();
    assertThat(text).contains("<script>window.__xss=1</script>").contains("onerror=\"window.__xss=1\"");
  }

  private List<String> severeConsoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }
}
