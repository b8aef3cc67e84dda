package org.foiapipeline.foia;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FoiaStructureFinderTest {
  private final StructureFinder finder = new FoiaStructureFinder();

  private static final String CHAIN =
      """
      From: Smith, John (ERO) <John.Smith@ice.dhs.gov>
      Sent: Tuesday, March 05, 2019 10:42 AM
      To: Sheriff Dan Jones <djones@co.dickinson.nd.us>; Deputy Ann Lee
      <alee@co.dickinson.nd.us>
      Cc: Brown, Mary (ERO) <Mary.Brown@ice.dhs.gov>
      Subject: RE: 287(g) program - information
      requested by Dickinson County

      Sheriff, thank you for your interest. (b)(6), (b)(7)(C)

      -----Original Message-----
      From: Dan Jones <djones@co.dickinson.nd.us>
      Date: 3/1/19
      To: Smith, John (ERO)
      Subject: 287(g) program

      On Tue, Mar 5, 2019 at 10:42 AM Ann Lee <alee@co.dickinson.nd.us>
      wrote:
      > see below

      ---------- Forwarded message ---------
      From: HSI Desk <desk@ice.dhs.gov>
      Date: 2019-03-07T08:15
      Subject: FW: training dates
      To: djones@co.dickinson.nd.us, alee@co.dickinson.nd.us

      ICE-2019-FOIA-000042
      """;

  @Test
  void splitsAPrintedChainIntoMessagesInPageOrder() {
    List<EmailMessage> emails = finder.find(CHAIN).emails();
    assertThat(emails).extracting(EmailMessage::sent)
        .containsExactly(
            Optional.of(LocalDate.of(2019, 3, 5)), Optional.of(LocalDate.of(2019, 3, 1)),
            Optional.of(LocalDate.of(2019, 3, 5)), Optional.of(LocalDate.of(2019, 3, 7)));
    assertThat(emails).extracting(EmailMessage::from)
        .containsExactly(
            "Smith, John (ERO) <John.Smith@ice.dhs.gov>", "Dan Jones <djones@co.dickinson.nd.us>",
            "Ann Lee <alee@co.dickinson.nd.us>", "HSI Desk <desk@ice.dhs.gov>");
  }

  @Test
  void readsWrappedRecipientsAndSubjects() {
    EmailMessage first = finder.find(CHAIN).emails().get(0);
    assertThat(first.to())
        .containsExactly("Sheriff Dan Jones <djones@co.dickinson.nd.us>", "Deputy Ann Lee <alee@co.dickinson.nd.us>");
    assertThat(first.cc()).containsExactly("Brown, Mary (ERO) <Mary.Brown@ice.dhs.gov>");
    assertThat(first.subject()).isEqualTo("RE: 287(g) program - information requested by Dickinson County");
    assertThat(CHAIN.substring(first.start(), first.end())).startsWith("From: Smith").endsWith("Dickinson County");
  }

  @Test
  void includesTheOriginalMessageMarkerAndSplitsCommaSeparatedAddresses() {
    List<EmailMessage> emails = finder.find(CHAIN).emails();
    assertThat(CHAIN.substring(emails.get(1).start())).startsWith("-----Original Message-----");
    assertThat(CHAIN.substring(emails.get(3).start())).startsWith("---------- Forwarded message");
    assertThat(emails.get(3).to()).containsExactly("djones@co.dickinson.nd.us", "alee@co.dickinson.nd.us");
  }

  @Test
  void findsEveryKindOfStructureOnOnePage() {
    PageStructure s = finder.find(CHAIN);
    assertThat(s.bates()).containsExactly("ICE-2019-FOIA-000042");
    assertThat(s.exemptions()).containsExactly("(b)(6)", "(b)(7)(C)");
    assertThat(s.dates()).extracting(DateMention::date).contains(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 7));
  }

  @Test
  void ocrBlankLinesBetweenHeaderFieldsDoNotSplitTheBlock() {
    String ocr = "-----Original Message-----\n\nFrom: I b6, b7c\n\nSent: 06/22/2016 01:52 PM\n\n"
        + "To: Gary Gallardo < g.gallardo@police.greenwood-ks.example>\n\nCc: I 16, b7\n\n"
        + "Subject: Meeting request - 287(g) - Greenwood Police Department (KS)\nChief Gallardo,\n\n"
        + "We would like to meet with you.\n";
    List<EmailMessage> emails = finder.find(ocr).emails();
    assertThat(emails).hasSize(1);
    assertThat(emails.get(0).sent()).contains(LocalDate.of(2016, 6, 22));
    assertThat(emails.get(0).subject()).isEqualTo("Meeting request - 287(g) - Greenwood Police Department (KS)");
    assertThat(ocr.substring(emails.get(0).start())).startsWith("-----Original Message-----");
  }

  @Test
  void memoStyleDateLinesWithoutASenderAreNotEmails() {
    String text = "Signature: ________\nDate: 2025.03.18\nTitle: Sheriff\n";
    assertThat(finder.find(text).emails()).isEmpty();
  }

  @Test
  void oneFinderGivesTheSameAnswerOnManyThreads() {
    PageStructure expected = finder.find(CHAIN);
    List<PageStructure> found =
        java.util.stream.IntStream.range(0, 200).parallel().mapToObj(i -> finder.find(CHAIN)).toList();
    assertThat(found).allMatch(expected::equals);
  }

  @Test
  void emptyPageHasNoStructure() {
    assertThat(finder.find("")).isEqualTo(PageStructure.NONE);
    assertThat(finder.find(null)).isEqualTo(PageStructure.NONE);
  }
}
