package org.foiapipeline.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.foiapipeline.foia.FoiaStructureFinder;
import org.junit.jupiter.api.Test;

class ReleaseSplitterTest {
  private final CueReader cues = new CueReader();
  private final FoiaStructureFinder structure = new FoiaStructureFinder();
  private final ReleaseSplitter splitter = new ReleaseSplitter();

  private List<Segment> split(String... pages) {
    List<PageCues> read = new ArrayList<>();
    for (int i = 0; i < pages.length; i++) {
      // as the annotator does: structure is read on the first 100,000 characters, cues on the whole page
      String clipped = pages[i].substring(0, Math.min(pages[i].length(), 100_000));
      read.add(cues.read(i + 1, pages[i], structure.find(clipped)));
    }
    return splitter.split(read);
  }

  private static List<Integer> starts(List<Segment> segments) {
    return segments.stream().map(Segment::start).toList();
  }

  @Test
  void pageOneOfNRestartStartsANewDocument() {
    List<Segment> s = split(
        "Some report text\nmore text\nPage 1 of 2 ICE-2019-FOIA-000101",
        "continued text\nPage 2 of 2 ICE-2019-FOIA-000102",
        "A new body of text\nPage 1 of 1 ICE-2019-FOIA-000103");
    assertThat(starts(s)).containsExactly(1, 3);
  }

  @Test
  void printedEmailHeaderAtTheTopStartsAnEmail() {
    List<Segment> s = split(
        "Dear Sheriff:\nWe write about the program.\nSincerely,\nJane Roe\nICE-2019-FOIA-000101",
        "From: John Smith <j.smith@example.gov>\nSent: Monday, March 4, 2019 10:42 AM\nTo: (b)(6)\n"
            + "Subject: RE: 287(g) inquiry - Dakota County (NE)\nGood morning,\nICE-2019-FOIA-000102");
    assertThat(starts(s)).containsExactly(1, 2);
    assertThat(s.get(1).kind()).isEqualTo("email");
    assertThat(s.get(1).title()).isEqualTo("RE: 287(g) inquiry - Dakota County (NE)");
  }

  @Test
  void quotedMessageAfterASeparatorContinuesTheChain() {
    List<Segment> s = split(
        "From: John Smith <j.smith@example.gov>\nSent: 03/05/2019 10:42 AM\nTo: (b)(6)\nSubject: RE: Training\n"
            + "Thanks.\n-----Original Message-----\nICE-2019-FOIA-000101",
        "From: (b)(6)\nSent: 03/04/2019 09:12 AM\nTo: John Smith\nSubject: Training\nBody\nICE-2019-FOIA-000102",
        "________________________________\nFrom: John Smith\nSent: 03/01/2019 08:00 AM\nTo: (b)(6)\n"
            + "Subject: Training\nBody\nICE-2019-FOIA-000103");
    assertThat(starts(s)).containsExactly(1);
  }

  @Test
  void batesJumpStartsANewDocumentButOneMisreadSerialDoesNot() {
    List<Segment> s = split(
        "text one\nICE-2019-FOIA-000101", "text two\nICE-2019-FOIA-000162", "text three\nICE-2019-FOIA-000183",
        "text four\nICE-2019-FOIA-000164", "text five\nICE-2019-FOIA-000165");
    assertThat(starts(s)).containsExactly(1, 2);
  }

  @Test
  void aMisreadBatesPrefixIsNoJump() {
    List<Segment> s = split("text one\nICE 2016FO1A50773-00676", "text two\nICE 2016FOIA50773-00677");
    assertThat(starts(s)).containsExactly(1);
  }

  @Test
  void ocrNoiseInLabelsAndHeaderFieldsIsTolerated() {
    List<Segment> s = split(
        "Frorn; (b)(6)\n\nSent; Tue 3/5/2019 10:42 AM\nSubiect: 287(g) training\nbody\nPage l of 2",
        "more body\nPage 2 of 2",
        "Frorn: Jane Roe\nTo: (b)(6)\nSubject: other\nbody\nPage l of l");
    assertThat(starts(s)).containsExactly(1, 3);
    assertThat(s.get(0).end()).isEqualTo(2);
  }

  @Test
  void letterheadAndAgreementHeadingsStartDocuments() {
    List<Segment> s = split(
        "U.S. Department of Homeland Security\nImmigration and Customs Enforcement\nDear Sheriff Smith:\nbody",
        "MEMORANDUM OF AGREEMENT\nThis Memorandum of Agreement constitutes an agreement",
        "II. AUTHORITY\nSection 287(g) of the Immigration and Nationality Act",
        "DAKOTA COUNTY BOARD OF COMMISSIONERS\nDakota, Nebraska\nMinutes of the Regular Meeting of May 1, 2019");
    assertThat(starts(s)).containsExactly(1, 2, 4);
    assertThat(s.stream().map(Segment::kind)).containsExactly("letter", "moa", "minutes");
  }

  @Test
  void aSignatureBlockNamingTheSheriffsOfficeIsNoLetterhead() {
    List<Segment> s = split(
        "HALE COUNTY SHERIFF'S OFFICE\n100 Main Street\nDear Director:\nWe apply.\nSincerely,\nJohn Roe",
        "Sheriff\nHale County Sheriff's Office\nHale, TX 79041");
    assertThat(starts(s)).containsExactly(1);
    assertThat(s.get(0).kind()).isEqualTo("letter");
  }

  @Test
  void aPageOfOneHugeLineIsReadInLinearTime() {
    String dump = "0 ".repeat(1_000_000) + "original";
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(split(dump, dump)).hasSize(1));
  }

  @Test
  void aFileWithoutCuesIsOneDocument() {
    assertThat(split("plain text", "more plain text", "and more")).containsExactly(new Segment(1, 3, "document", "plain text"));
    assertThat(split()).isEmpty();
  }
}
