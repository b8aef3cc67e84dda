package org.foiapipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.foiapipeline.eval.Records.contact;
import static org.foiapipeline.eval.Records.doc;
import static org.foiapipeline.eval.Records.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.foiapipeline.export.DocumentRecord;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static final double EPS = 1e-9;

  private static List<DocumentRecord> gold() {
    return List.of(
        doc("a1", "release/a.pdf")
            .date("2019-03-01")
            .entities(
                entity("agency:ice", "ICE"),
                entity("county:48249", "Jim Wells County"),
                entity("county:27037", "Dakota County"),
                entity("state:TX", "Texas"))
            .contacts(contact("county:48249", "2019-03-01", "agreement"))
            .exemptions("(b)(6)", "(b)(7)(C)")
            .bates("ICE 000123")
            .text("Memorandum of Agreement", "Signed by the Sheriff")
            .pageKinds("digital", "digital")
            .build(),
        doc("b2", "release/b.pdf")
            .entities(entity("county:48249", "Jim Wells County"), entity("place:TX:alice", "Alice"))
            .contacts(contact("county:48249", null, "inquiry"))
            .text("scanned page text")
            .pageKinds("scanned")
            .build());
  }

  @Test
  void perfectOutputScoresOneEverywhere() {
    EvalReport report = Evaluator.score(gold(), gold());

    assertThat(report.documents().matched()).isEqualTo(2);
    assertThat(report.documents().byId()).isEqualTo(2);
    report.entities().values().forEach(s -> assertThat(s.f1()).isEqualTo(1.0));
    report.entitiesByKind().values().forEach(m -> m.values().forEach(s -> assertThat(s.f1()).isEqualTo(1.0)));
    assertThat(report.contacts().pairs().f1()).isEqualTo(1.0);
    assertThat(report.contacts().kind().value()).isEqualTo(1.0);
    assertThat(report.contacts().date().value()).isEqualTo(1.0);
    assertThat(report.exemptions().recall()).isEqualTo(1.0);
    assertThat(report.bates().recall()).isEqualTo(1.0);
    assertThat(report.dates().value()).isEqualTo(1.0);
    assertThat(report.ocr().scored()).isTrue();
    assertThat(report.ocr().overall().cer()).isZero();
    assertThat(report.ocr().overall().wer()).isZero();
  }

  @Test
  void oneMissingCountyLowersCountyRecallByHand() {
    List<DocumentRecord> output = List.of(withEntities(gold().get(0), 0, 1, 3), gold().get(1));

    EvalReport report = Evaluator.score(gold(), output);

    // Gold counties: a has 2, b has 1 → 3; output misses Dakota County in a → tp 2, fn 1.
    SetScore county = report.entities().get("county");
    assertThat(county.tp()).isEqualTo(2);
    assertThat(county.fn()).isEqualTo(1);
    assertThat(county.recall()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(county.precision()).isEqualTo(1.0);
    assertThat(county.f1()).isCloseTo(0.8, within(EPS));
    assertThat(report.entities().get("agency").f1()).isEqualTo(1.0);
    assertThat(report.entitiesByKind().get("digital").get("county").recall()).isCloseTo(0.5, within(EPS));
    assertThat(report.entitiesByKind().get("scanned").get("county").recall()).isEqualTo(1.0);
    assertThat(report.entities().get("all").recall()).isCloseTo(5.0 / 6, within(EPS));
    assertThat(report.entityMisses().get("county").falseNegatives())
        .containsExactly("release/a.pdf: county:27037 (Dakota County)");
  }

  @Test
  void aFalsePositiveLowersPrecisionOnly() {
    DocumentRecord a = gold().get(0);
    List<DocumentRecord.EntityRecord> entities = new ArrayList<>(a.entities());
    entities.add(entity("county:06037", "Los Angeles County"));
    List<DocumentRecord> output = List.of(replaceEntities(a, entities), gold().get(1));

    SetScore county = Evaluator.score(gold(), output).entities().get("county");

    assertThat(county.fp()).isEqualTo(1);
    assertThat(county.precision()).isCloseTo(3.0 / 4, within(EPS));
    assertThat(county.recall()).isEqualTo(1.0);
    assertThat(Evaluator.score(gold(), output).entityMisses().get("county").falsePositives())
        .containsExactly("release/a.pdf: county:06037 (Los Angeles County)");
  }

  @Test
  void contactPairWithWrongDateMatchesButIsNotDateCorrect() {
    DocumentRecord a = gold().get(0);
    DocumentRecord wrong =
        doc("a1", "release/a.pdf")
            .date("2019-03-01")
            .entities(a.entities().toArray(DocumentRecord.EntityRecord[]::new))
            .contacts(contact("county:48249", "2019-02-01", "agreement"))
            .build();

    ContactScore contacts = Evaluator.score(gold(), List.of(wrong, gold().get(1))).contacts();

    assertThat(contacts.pairs().f1()).isEqualTo(1.0);
    assertThat(contacts.kind().value()).isEqualTo(1.0);
    assertThat(contacts.date().correct()).isEqualTo(1);
    assertThat(contacts.date().total()).isEqualTo(2);
    assertThat(contacts.wrongDates())
        .containsExactly(
            "release/a.pdf: agency:ice ↔ county:48249 (Jim Wells County): date [2019-02-01], gold [2019-03-01]");
  }

  @Test
  void contactDateAbsentOnBothSidesIsCorrectAndWrongKindIsCounted() {
    DocumentRecord b = gold().get(1);
    DocumentRecord wrongKind =
        doc("b2", "release/b.pdf").contacts(contact("county:48249", null, "meeting")).pageKinds("scanned").build();

    ContactScore contacts = Evaluator.score(List.of(b), List.of(wrongKind)).contacts();

    assertThat(contacts.date().value()).isEqualTo(1.0);
    assertThat(contacts.kind().value()).isZero();
  }

  @Test
  void unmatchedGoldDocumentCountsAsAllMissed() {
    EvalReport report = Evaluator.score(gold(), List.of(gold().get(0)));

    assertThat(report.documents().matched()).isEqualTo(1);
    assertThat(report.documents().unmatchedGold()).isEqualTo(1);
    assertThat(report.documents().unmatchedGoldPaths()).containsExactly("release/b.pdf");
    assertThat(report.entities().get("place").recall()).isZero();
    assertThat(report.entities().get("county").recall()).isCloseTo(2.0 / 3, within(EPS));
    assertThat(report.contacts().pairs().recall()).isCloseTo(0.5, within(EPS));
    assertThat(report.dates().value()).isCloseTo(0.5, within(EPS));
    assertThat(report.ocr().byPageKind().get("scanned").cer()).isEqualTo(1.0);
  }

  @Test
  void outputDocumentsNotInGoldAreCountedButNotScored() {
    List<DocumentRecord> output = new ArrayList<>(gold());
    output.add(doc("zz", "other/z.pdf").entities(entity("county:06037", "Los Angeles County")).build());

    EvalReport report = Evaluator.score(gold(), output);

    assertThat(report.documents().unmatchedOutput()).isEqualTo(1);
    assertThat(report.entities().get("county").precision()).isEqualTo(1.0);
  }

  @Test
  void documentsMatchByPathSuffixWhenIdsDiffer() {
    List<DocumentRecord> output =
        List.of(
            rename(gold().get(0), "x1", "/data/in/release/a.pdf"),
            rename(gold().get(1), "x2", "C:\\in\\release\\b.pdf"));

    EvalReport report = Evaluator.score(gold(), output);

    assertThat(report.documents().byPath()).isEqualTo(2);
    assertThat(report.entities().get("all").f1()).isEqualTo(1.0);
  }

  @Test
  void anIdMatchWinsOverAPathMatch() {
    DocumentRecord a = gold().get(0);
    DocumentRecord b = gold().get(1);
    // Output b carries a's path, but its id is b's: both documents must still pair by id.
    List<DocumentRecord> output = List.of(rename(b, "b2", a.path()), rename(a, "a1", "elsewhere/a.pdf"));

    EvalReport report = Evaluator.score(gold(), output);

    assertThat(report.documents().byId()).isEqualTo(2);
    assertThat(report.entities().get("all").f1()).isEqualTo(1.0);
  }

  @Test
  void ambiguousFileNameIsLeftUnmatched() {
    List<DocumentRecord> output =
        List.of(rename(gold().get(0), "x1", "one/a.pdf"), rename(gold().get(0), "x2", "two/a.pdf"));

    assertThat(Evaluator.score(List.of(gold().get(0)), output).documents().matched()).isZero();
  }

  @Test
  void exemptionsAndBatesCompareWithoutWhitespace() {
    DocumentRecord a = gold().get(0);
    DocumentRecord output =
        doc("a1", "release/a.pdf").exemptions("(b) (6)").bates("ICE000123").pageKinds("digital", "digital").build();

    EvalReport report = Evaluator.score(List.of(a), List.of(output));

    assertThat(report.exemptions().recall()).isCloseTo(0.5, within(EPS));
    assertThat(report.exemptionMisses().falseNegatives()).containsExactly("release/a.pdf: (b)(7)(C)");
    assertThat(report.bates().recall()).isEqualTo(1.0);
  }

  @Test
  void ocrErrorRatesAreSplitByPageKind() {
    DocumentRecord gold = doc("m", "m.pdf").text("kitten", "same words").pageKinds("scanned", "digital").build();
    DocumentRecord output = doc("m", "m.pdf").text("sitting", "same   words\n").build();

    OcrScore ocr = Evaluator.score(List.of(gold), List.of(output)).ocr();

    assertThat(ocr.byPageKind().get("scanned").cer()).isCloseTo(3.0 / 6, within(EPS));
    assertThat(ocr.byPageKind().get("scanned").wer()).isEqualTo(1.0);
    assertThat(ocr.byPageKind().get("digital").cer()).isZero();
    assertThat(ocr.byDocumentKind()).containsOnlyKeys("mixed");
    assertThat(ocr.overall().cer()).isCloseTo(3.0 / 16, within(EPS));
  }

  @Test
  void emptyOutputPageHasCharacterErrorRateOne() {
    DocumentRecord gold = doc("m", "m.pdf").text("some gold text").pageKinds("scanned").build();
    DocumentRecord output = doc("m", "m.pdf").text("").build();

    assertThat(Evaluator.score(List.of(gold), List.of(output)).ocr().overall().cer()).isEqualTo(1.0);
  }

  @Test
  void outputWithoutTextIsNotScoredForOcr() {
    DocumentRecord gold = doc("m", "m.pdf").text("some gold text").build();
    DocumentRecord output = doc("m", "m.pdf").build();

    OcrScore ocr = Evaluator.score(List.of(gold), List.of(output)).ocr();

    assertThat(ocr.scored()).isFalse();
    assertThat(ocr.note()).contains("--text");
  }

  private static DocumentRecord withEntities(DocumentRecord record, int... keep) {
    List<DocumentRecord.EntityRecord> entities =
        Arrays.stream(keep).mapToObj(i -> record.entities().get(i)).toList();
    return replaceEntities(record, entities);
  }

  private static DocumentRecord replaceEntities(DocumentRecord r, List<DocumentRecord.EntityRecord> entities) {
    return new DocumentRecord(
        r.id(), r.path(), r.pages(), r.status(), r.ocrPages(), r.date(), entities, r.contacts(),
        r.exemptions(), r.bates(), r.text(), r.paths(), r.pageKinds(), r.kind());
  }

  private static DocumentRecord rename(DocumentRecord r, String id, String path) {
    return new DocumentRecord(
        id, path, r.pages(), r.status(), r.ocrPages(), r.date(), r.entities(), r.contacts(),
        r.exemptions(), r.bates(), r.text(), r.paths(), r.pageKinds(), r.kind());
  }
}
