package org.foiapipeline.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import org.foiapipeline.cli.Main;
import org.foiapipeline.export.DocumentRecord;
import org.foiapipeline.export.DocumentRecord.LogicalRecord;
import org.foiapipeline.index.IndexView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import picocli.CommandLine;

/**
 * A reporter reading a generated merged release in headless Chromium: the list of its logical documents, a jump
 * to a later email, its thread, and a message followed back to the page it is printed on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReleaseWebIT {
  @TempDir static Path tmp;
  IndexView view;
  WebServer server;
  ChromeDriver driver;
  WebDriverWait wait;
  String base;
  DocumentRecord release;

  @BeforeAll
  void start() throws IOException {
    Path generated = tmp.resolve("gen");
    run("corpus", "generate", "--out", generated.toString(), "--docs", "0", "--merged-releases", "1", "--seed", "31",
        "--scanned-ratio", "0", "--split", "train");
    run("ingest", "--index", tmp.resolve("index").toString(), "--quiet", generated.resolve("train").toString());
    view = IndexView.open(tmp.resolve("index"));
    release = view.records().stream().filter(r -> r.logicalDocuments() != null && r.logicalDocuments().size() > 2)
        .findFirst().orElseThrow();
    server = WebServer.start(view, Directories.standard(), Directories.names(), tmp, "127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port() + "/";
    driver = WebAppIT.chrome(Files.createDirectories(tmp.resolve("chrome-profile")));
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    Files.createDirectories(WebAppIT.SCREENSHOTS);
  }

  static void run(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute(args)).as("foia %s; stderr: %s", String.join(" ", args), err).isZero();
  }

  @AfterAll
  void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (view != null) {
      view.close();
    }
  }

  void shot(String name) throws IOException {
    Files.write(WebAppIT.SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  @Test
  void openReleaseJumpToALaterEmailOpenItsThreadAndFollowAMessageBackToItsPage() throws IOException {
    List<LogicalRecord> parts = release.logicalDocuments().stream().sorted(Comparator.comparingInt(LogicalRecord::start)).toList();
    LogicalRecord email = parts.stream().filter(l -> l.thread() != null && l.start() > 1)
        .reduce((a, b) -> b).orElseThrow();
    int number = parts.indexOf(email) + 1;

    driver.get(base + "#/doc/" + release.id() + "/1");
    List<WebElement> items = wait.until(d -> {
      List<WebElement> found = d.findElements(By.cssSelector("#logical-list li"));
      return found.size() == parts.size() ? found : null;
    });
    assertThat(items.get(0).getAttribute("aria-current")).isEqualTo("true");
    assertThat(visible(By.id("logical-current")).getText()).startsWith("document 1 of " + parts.size() + ": " + parts.get(0).kind());
    shot("08-release-document");

    driver.findElement(By.cssSelector("#logical-current a[rel=next]")).click();
    wait.until(d -> d.findElement(By.id("logical-current")).getText().startsWith("document 2 of " + parts.size()));
    assertThat(driver.findElement(By.id("page-select")).getAttribute("value")).isEqualTo(String.valueOf(parts.get(1).start()));

    driver.findElement(By.cssSelector("#logical-list li[data-start='" + email.start() + "'] a.logical-link")).click();
    String expected = "document " + number + " of " + parts.size() + ": email, " + email.date() + ", page";
    wait.until(d -> d.findElement(By.id("logical-current")).getText().startsWith(expected));
    assertThat(driver.getCurrentUrl()).endsWith("/" + email.start());
    assertThat(driver.findElement(By.cssSelector("#logical-list li.current")).getAttribute("data-start"))
        .isEqualTo(String.valueOf(email.start()));

    driver.findElement(By.cssSelector("#logical-current a.thread-link")).click();
    List<WebElement> messages = wait.until(d -> {
      List<WebElement> found = d.findElements(By.cssSelector("#thread-messages .message"));
      return found.isEmpty() ? null : found;
    });
    assertThat(messages).hasSizeGreaterThanOrEqualTo(email.messages().size());
    List<String> dates = messages.stream().map(m -> m.findElement(By.className("when")).getText())
        .filter(t -> !t.equals("undated")).toList();
    assertThat(dates).isSorted();
    assertThat(driver.findElements(By.cssSelector("#thread-copies a.copy-link"))).isNotEmpty();
    shot("09-thread");

    WebElement printed = messages.get(0).findElement(By.cssSelector("a.message-page"));
    String page = printed.getText().replaceAll(".* p\\. ", "");
    printed.click();
    wait.until(d -> d.getCurrentUrl().endsWith("/" + release.id() + "/" + page));
    WebElement current = visible(By.id("logical-current"));
    assertThat(current.getText()).contains("email").contains(current.findElement(By.cssSelector(".logical-title")).getText());
    assertThat(visible(By.id("page-text")).getText()).containsIgnoringCase("from");
    assertThat(driver.findElement(By.id("page-select")).getAttribute("value")).isEqualTo(page);
    assertThat(severeConsoleErrors()).isEmpty();
  }

  @Test
  void searchHitsInsideTheReleaseNameTheirDocument() throws IOException {
    driver.get(base + "#/search?q=287");
    List<WebElement> lines = wait.until(d -> {
      List<WebElement> found = d.findElements(By.cssSelector(".hit .hit-logical"));
      return found.isEmpty() ? null : found;
    });
    assertThat(lines).extracting(WebElement::getText).allMatch(t -> t.matches("document \\d+ of \\d+: .*")
        || t.startsWith("Email thread"));
    assertThat(driver.findElements(By.cssSelector(".hit .hit-logical a.thread-link"))).isNotEmpty();
    shot("10-release-search");
    assertThat(severeConsoleErrors()).isEmpty();
  }

  @Test
  void markupInATitleIsShownAsTextInTheListTheHeaderAndThePageSelect() throws IOException {
    ReleaseFixture.build(tmp.resolve("fixture-index"));
    try (IndexView fixture = IndexView.open(tmp.resolve("fixture-index"));
        WebServer other = WebServer.start(fixture, TestCorpus.DIRECTORY, TestCorpus.NAMES, tmp, "127.0.0.1", 0)) {
      driver.get("http://127.0.0.1:" + other.port() + "/#/doc/" + ReleaseFixture.RELEASE + "/2");
      WebElement current = visible(By.id("logical-current"));
      assertThat(current.getText()).contains(ReleaseFixture.HOSTILE_TITLE);
      assertThat(driver.findElement(By.id("logical-list")).getText()).contains(ReleaseFixture.HOSTILE_TITLE);
      assertThat(driver.findElement(By.cssSelector("#page-select optgroup")).getAttribute("label"))
          .contains(ReleaseFixture.HOSTILE_TITLE);
      assertThat(driver.findElements(By.cssSelector("#logical-list img, #logical-current img"))).isEmpty();
      assertThat(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return typeof window.__xss"))
          .isEqualTo("undefined");
      shot("11-release-hostile-title");
    } finally {
      driver.manage().logs().get(LogType.BROWSER);  // the fixture has no source files: its image 404s are expected
    }
  }

  @Test
  void aLetterInsideAMergedReleaseLinksToItsOtherReleaseAndComparesOnlyItsPages() throws IOException {
    UnitCopiesFixture.build(tmp.resolve("unit-index"));
    try (IndexView fixture = IndexView.open(tmp.resolve("unit-index"));
        WebServer other = WebServer.start(fixture, TestCorpus.DIRECTORY, TestCorpus.NAMES, tmp, "127.0.0.1", 0)) {
      String at = "http://127.0.0.1:" + other.port() + "/#/doc/" + UnitCopiesFixture.RELEASE;
      driver.get(at + "/1");
      visible(By.id("page-text"));
      assertThat(driver.findElements(By.id("part-releases"))).as("the memo on page 1 has no other release").isEmpty();

      driver.get(at + "/3");
      WebElement part = visible(By.id("part-releases"));
      assertThat(part.getText()).startsWith("Pages 2–3 of this file were also released as: in/letter.pdf");
      part.findElement(By.cssSelector("a.compare-link")).click();
      WebElement head = wait.until(d -> {
        List<WebElement> found = d.findElements(By.cssSelector(".doc-head p"));
        return found.isEmpty() ? null : found.get(0);
      });
      assertThat(head.getText()).isEqualTo("First: in/merged-release.pdf (pages 2–3) · Second: in/letter.pdf");
      assertThat(visible(By.id("diff-text")).findElements(By.cssSelector(".diff-redacted_in_second"))).hasSize(1);
      assertThat(driver.findElement(By.id("diff-text")).getText()).doesNotContain("Memorandum for the record");
      shot("12-release-part-compare");
    } finally {
      driver.manage().logs().get(LogType.BROWSER);  // the fixture has no source files: its image 404s are expected
    }
  }

  private List<String> severeConsoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }
}
