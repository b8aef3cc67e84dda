package org.foiapipeline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignerTest {
  static final String LETTER = """
      Dear Sheriff Wakefield,
      Thank you for your letter of March 3, 2019 asking about the 287(g) program. Our field office
      would welcome a meeting with the Dakota County Sheriff's Office to discuss the program model
      and the training of your officers. Please contact Officer John Smith at 651-555-0142.
      Page 1 of 2 ICE-2020-FOIA-000123
      """;
  static final String RERELEASED = """
      Dear Sheriff Wakefield,
      Thank you for your letter of March 3, 2019 asking about the 287(g) program. Our field office
      would welcome a meeting with the Dakota County Sheriff's Office to discuss the program model
      and the training of your officers. Please contact Officer (b)(6), (b)(7)(C) at b6.
      Page 2 of 3 DHS-002-04411
      """;
  final Signer signer = new Signer();

  /**
   * A "page" of megabytes full of Bates numbers (a text dump, a JSON file in a release) once held an ingest
   * thread for minutes: every number was replaced across the whole text. It is signed from its start.
   */
  @Test
  @org.junit.jupiter.api.Timeout(30)
  void aHugePageFullOfBatesNumbersIsSignedFromItsStart() {
    StringBuilder dump = new StringBuilder();
    for (int i = 0; dump.length() < 8_000_000; i++) {
      dump.append(LETTER.replace("000123", String.format("%06d", i)));
    }
    Signature huge = signer.sign(dump.toString(), List.of("county:27037"));
    assertThat(huge.similarity(signer.sign(LETTER, List.of("county:27037")))).isGreaterThan(0.7);
  }

  @Test
  void anotherReleaseWithOtherRedactionsAndBatesNumbersStaysSimilar() {
    Signature a = signer.sign(LETTER, List.of("county:27037"));
    Signature b = signer.sign(RERELEASED, List.of("county:27037"));
    assertThat(a.similarity(b)).isGreaterThan(0.7);
  }

  @Test
  void unrelatedTextIsNotSimilar() {
    Signature a = signer.sign(LETTER, List.of());
    Signature b = signer.sign("Minutes of the county board: the road and bridge report was approved as presented.", List.of());
    assertThat(a.similarity(b)).isLessThan(0.1);
  }

  @Test
  void pagesMergeInAnyOrderIntoTheSignatureOfTheWholeText() {
    Signature p1 = signer.sign("first page of the memorandum of agreement", List.of("county:1"));
    Signature p2 = signer.sign("second page signed by the sheriff", List.of("2019-03-03"));
    assertThat(Signer.combine(List.of(p1, p2))).isEqualTo(Signer.combine(List.of(p2, p1)));
    assertThat(Signer.combine(List.of(p1, p2)).keys()).hasSize(2);
  }

  @Test
  void storedBytesReadBackToTheSameSignature() {
    Signature s = signer.sign(LETTER, List.of("county:27037", "2019-03-03"));
    assertThat(Signature.fromBytes(s.toBytes())).isEqualTo(s);
  }

  @Test
  void aPageWithoutWordsHasAnEmptySignatureThatIsNobodysDuplicate() {
    Signature empty = signer.sign("  - . 1  ", List.of());
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.similarity(empty)).isZero();
  }

  @Test
  void keysCarryTheirKindAndASignatureStoredBeforeKindsReadsItsKeysAsOther() {
    Signature s = new Signer().sign("a letter to the sheriff", List.of("county:27037", "2019-03-05", "person:ann-lee"));
    assertThat(java.util.stream.IntStream.of(s.keys()).map(Signature::kind).sorted().toArray())
        .containsExactly(Signature.OTHER, Signature.PLACE, Signature.DAY);
    java.nio.ByteBuffer old = java.nio.ByteBuffer.allocate(4 * (2 + s.minHash().length + s.keys().length));
    old.putInt(s.minHash().length);
    java.util.stream.IntStream.of(s.minHash()).forEach(old::putInt);
    old.putInt(s.keys().length); // the count as it was stored before keys had kinds
    java.util.stream.IntStream.of(s.keys()).forEach(old::putInt);
    assertThat(java.util.stream.IntStream.of(Signature.fromBytes(old.array()).keys()).map(Signature::kind).distinct().toArray())
        .containsExactly(Signature.OTHER);
  }
}
