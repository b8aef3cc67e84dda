package org.foiapipeline.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebApiTest {
  @TempDir static Path tmp;
  TestCorpus corpus;
  ApiClient api;

  @BeforeAll
  void start() throws IOException {
    corpus = TestCorpus.build(tmp);
    api = ApiClient.serve(tmp.resolve("index"), tmp);
  }

  @AfterAll
  void stop() throws IOException {
    api.close();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void searchReturnsPageHitsWithHighlightedSnippetsAndFacets() throws Exception {
    JsonNode r = api.json("/api/search?q=" + enc("\"dakota county\""), 200);
    assertThat(r.get("total").asLong()).isEqualTo(3);
    JsonNode hit = r.get("hits").get(0);
    assertThat(hit.get("id").asText()).matches("[0-9a-f]{64}");
    assertThat(hit.get("page").asInt()).isPositive();
    assertThat(hit.get("snippet").asText()).contains("<b>Dakota County</b>");
    assertThat(r.at("/facets/jurisdiction/0/value").asText()).isEqualTo(TestCorpus.DAKOTA);
    assertThat(r.at("/names/county:31043").asText()).isEqualTo("Dakota County, NE");
  }

  @Test
  void searchFiltersResolveJurisdictionNamesAndGroupByDocument() throws Exception {
    JsonNode byName = api.json("/api/search?q=ICE&jurisdiction=" + enc("Harris County, TX"), 200);
    assertThat(byName.get("total").asLong()).isEqualTo(1);
    assertThat(byName.at("/hits/0/id").asText()).isEqualTo(corpus.memoId);

    JsonNode grouped = api.json("/api/search?q=ICE&by_document=true&limit=2&offset=0", 200);
    assertThat(grouped.get("total").asLong()).isEqualTo(3);
    assertThat(grouped.get("hits")).hasSize(2);

    JsonNode dated = api.json("/api/search?q=ICE&from=2020-01-01&to=2020-12-31&state=TX", 200);
    assertThat(dated.get("total").asLong()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "/api/documents/not-a-sha",
    "/api/documents/ABCDEF0000000000000000000000000000000000000000000000000000000000",
    "/api/search?q=ICE&limit=100000",
    "/api/search?q=ICE&limit=0",
    "/api/search?q=ICE&offset=-1",
    "/api/search?q=ICE&limit=x",
    "/api/search?q=ICE&from=2019-13-45",
    "/api/search?q=ICE&to=yesterday",
    "/api/search?q=ICE&from=2020-01-01&to=2019-01-01",
    "/api/search?q=%22unbalanced",
    "/api/search?q=AND+OR+(",
    "/api/search?q=ICE&state=Texas",
    "/api/search?q=ICE&kind=party",
    "/api/search?q=ICE&jurisdiction=Atlantis",
    "/api/search?q=ICE&by_document=maybe",
    "/api/entities/county:1",
    "/api/entities/..%2F..%2Fetc%2Fpasswd",
    "/api/entities",
    "/api/contacts?format=xml",
    "/api/facets?from=2019-02-30",
  })
  void badRequestsAreJson400WithoutStackTraces(String path) throws Exception {
    JsonNode r = api.json(path, 400);
    assertThat(r.get("error").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void pageNumbersOutsideTheDocumentAre400() throws Exception {
    for (String n : List.of("0", "3", "-1", "99999999999", "2.5", "0.png", "3.png")) {
      JsonNode r = api.json("/api/documents/" + corpus.letterId + "/pages/" + n, 400);
      assertThat(r.get("error").asText()).contains("page");
    }
  }

  @Test
  void missingThingsAre404Json() throws Exception {
    String unknown = "0".repeat(64);
    assertThat(api.json("/api/documents/" + unknown, 404).get("error").asText()).contains("no document");
    assertThat(api.json("/api/documents/" + unknown + "/pages/1", 404).has("error")).isTrue();
    assertThat(api.json("/api/entities/county:99999", 404).has("error")).isTrue();
    assertThat(api.json("/api/nothing-here", 404).has("error")).isTrue();
    assertThat(api.json("/api/documents/" + corpus.hostileId + "/pages/1.png", 404).get("error").asText()).contains("not a PDF");
  }

  @Test
  void pathsThatClimbOutOfTheUiAreRejectedAsJson() throws Exception {
    for (String path : List.of("/js/../../../etc/passwd", "/..%2f..%2fetc%2fpasswd", "/vendor/%2e%2e/%2e%2e/pom.xml")) {
      HttpResponse<byte[]> r = api.get(path);
      String body = new String(r.body(), StandardCharsets.UTF_8);
      assertThat(r.statusCode()).as(path).isIn(400, 404);
      assertThat(body).as(path).startsWith("{\"error\"").doesNotContain("root:").doesNotContain("<project");
    }
  }

  @Test
  void documentHasRecordPagesAndStatus() throws Exception {
    JsonNode r = api.json("/api/documents/" + corpus.letterId, 200);
    assertThat(r.get("status").asText()).isEqualTo("ok");
    assertThat(r.get("has_image").asBoolean()).isTrue();
    assertThat(r.at("/record/path").asText()).isEqualTo("in/letter.pdf");
    assertThat(r.at("/record/pages").asInt()).isEqualTo(2);
    assertThat(r.at("/record/exemptions/0").asText()).isEqualTo("(b)(6)");
    assertThat(r.get("pages")).hasSize(2);
    assertThat(r.at("/pages/1/number").asInt()).isEqualTo(2);
    assertThat(r.at("/pages/0/source").asText()).isNotBlank();
    assertThat(r.at("/pages/0/ocr_confidence").isNumber()).isTrue();
  }

  @Test
  void pageHasTextHitOffsetsRedactionsExemptionsBatesAndMentions() throws Exception {
    JsonNode r = api.json("/api/documents/" + corpus.letterId + "/pages/1?q=" + enc("\"dakota county\" OR 287(g)"), 200);
    String text = r.get("text").asText();
    assertThat(text).isEqualTo(TestCorpus.LETTER_P1);
    List<String> hits = new ArrayList<>();
    r.get("hits").forEach(h -> hits.add(text.substring(h.get("start").asInt(), h.get("end").asInt())));
    assertThat(hits).containsExactly("Dakota County", "Dakota County", "287(g)");
    JsonNode exemption = r.at("/exemption_marks/0");
    assertThat(text.substring(exemption.get("start").asInt(), exemption.get("end").asInt())).isEqualTo("(b)(6)");
    assertThat(r.at("/bates/0").asText()).isEqualTo("ICE-2019-000123");
    assertThat(r.at("/bates_marks/0/label").asText()).isEqualTo("ICE-2019-000123");
    assertThat(r.at("/redactions/0/width").asDouble()).isEqualTo(0.3);
    assertThat(r.get("mentions").size()).isGreaterThanOrEqualTo(3);
    assertThat(r.at("/names/agency:ice").asText()).isEqualTo("U.S. Immigration and Customs Enforcement");
  }

  @Test
  void pngRendersPdfPagesAlsoFromZipMembersAndCachesThem() throws Exception {
    HttpResponse<byte[]> page = api.get("/api/documents/" + corpus.letterId + "/pages/2.png");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
    var image = ImageIO.read(new ByteArrayInputStream(page.body()));
    assertThat(image.getWidth()).isBetween(800, 900); // 8.5 in at 100 dpi
    HttpResponse<byte[]> again = api.get("/api/documents/" + corpus.letterId + "/pages/2.png");
    assertThat(again.body()).isEqualTo(page.body());

    HttpResponse<byte[]> member = api.get("/api/documents/" + corpus.memoId + "/pages/1.png");
    assertThat(member.statusCode()).isEqualTo(200);
    assertThat(ImageIO.read(new ByteArrayInputStream(member.body())).getHeight()).isBetween(1050, 1150);
  }

  @Test
  void entityReportHasPagesRelatedAndContactTimeline() throws Exception {
    JsonNode r = api.json("/api/entities/" + TestCorpus.DAKOTA, 200);
    assertThat(r.get("name").asText()).isEqualTo("Dakota County, NE");
    assertThat(r.get("type").asText()).isEqualTo("county");
    assertThat(r.get("pages")).hasSize(3);
    assertThat(r.at("/related/0/value").asText()).isEqualTo(TestCorpus.ICE);
    assertThat(r.get("contacts")).hasSize(2);
    assertThat(r.at("/contacts/0/date").asText()).isEqualTo("2019-03-05");
    assertThat(r.at("/variants/0/value").asText()).isEqualTo("Dakota County");

    JsonNode candidates = api.json("/api/entities?name=" + enc("Dakota County"), 200);
    assertThat(candidates.at("/candidates/0/id").asText()).isEqualTo(TestCorpus.DAKOTA);
    assertThat(api.json("/api/entities?name=Nowhere", 200).get("candidates")).isEmpty();
  }

  @Test
  void contactsRollUpByJurisdictionOrListEachContact() throws Exception {
    JsonNode rollup = api.json("/api/contacts", 200);
    assertThat(rollup.get("total").asInt()).isEqualTo(3);
    assertThat(rollup.at("/jurisdictions/0/id").asText()).isEqualTo(TestCorpus.DAKOTA);
    assertThat(rollup.at("/jurisdictions/0/fips").asText()).isEqualTo("31043");
    assertThat(rollup.at("/jurisdictions/0/contacts").asInt()).isEqualTo(2);

    JsonNode detail = api.json("/api/contacts?detail=true&state=TX", 200);
    assertThat(detail.get("contacts")).hasSize(1);
    assertThat(detail.at("/contacts/0/kind").asText()).isEqualTo("meeting");
  }

  @Test
  void contactsCsvDownloadsWithBomQuotedFieldsAndIsoDates() throws Exception {
    HttpResponse<byte[]> r = api.get("/api/contacts?format=csv&detail=true");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition").orElse("")).isEqualTo("attachment; filename=\"contacts.csv\"");
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    String body = new String(r.body(), StandardCharsets.UTF_8);
    assertThat(body).startsWith("\uFEFF\"date\",\"kind\",\"agency\"");
    String[] lines = body.split("\r\n");
    assertThat(lines[1]).startsWith("\"2019-03-05\",\"inquiry\",\"agency:ice\"");

    String rollup = new String(api.get("/api/contacts?format=csv").body(), StandardCharsets.UTF_8);
    assertThat(rollup).contains("\"county:31043\",\"Dakota County, NE\",\"NE\",\"31043\",\"2\"");
  }

  @Test
  void csvCellsThatLookLikeFormulasAreDefused() {
    assertThat(ContactRoutes.inert("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(ContactRoutes.inert("Dakota")).isEqualTo("Dakota");
  }

  @Test
  void facetsCountAllPagesThatPassTheFilters() throws Exception {
    JsonNode all = api.json("/api/facets", 200);
    assertThat(all.at("/facets/year").toString()).contains("2019", "2020", "2021");
    JsonNode texas = api.json("/api/facets?state=TX", 200);
    assertThat(texas.at("/facets/jurisdiction/0/value").asText()).isEqualTo(TestCorpus.HARRIS);
  }

  @Test
  void uiIsServedWithAContentSecurityPolicy() throws Exception {
    HttpResponse<byte[]> r = api.get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("FOIA");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
  }
}
