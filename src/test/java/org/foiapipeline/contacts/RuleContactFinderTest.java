package org.foiapipeline.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.foiapipeline.contacts.Pages.page;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.foiapipeline.nlp.EntityType;
import org.foiapipeline.resolve.AnnotatedPage;
import org.junit.jupiter.api.Test;

class RuleContactFinderTest {
  private final ContactFinder finder = new RuleContactFinder();

  private static Optional<LocalDate> day(int y, int m, int d) {
    return Optional.of(LocalDate.of(y, m, d));
  }

  @Test
  void emailChainWithSheriffGivesOneContactPerMessageDatedBySentLine() {
    AnnotatedPage chain =
        page(1, """
            From: Smith, John <John.Smith@ice.dhs.gov>
            Sent: Tuesday, March 05, 2019 10:42 AM
            To: Jones, Dan <djones@starksheriff.org>
            Subject: RE: 287(g) information

            Sheriff Jones,

            Attached is the information you requested. We can meet with your staff next week
            to walk through the Jail Enforcement Model.

            John Smith
            Deportation Officer
            ERO St. Paul Field Office

            -----Original Message-----
            From: Jones, Dan <djones@starksheriff.org>
            Sent: Friday, March 01, 2019 3:15 PM
            To: Smith, John <John.Smith@ice.dhs.gov>
            Subject: 287(g) information

            Mr. Smith,

            The Stark County Sheriff's Office is interested in learning more about the 287(g)
            program. Could you send information on how to apply?

            Sheriff Dan Jones
            Stark County Sheriff's Office
            """)
            .ice("ERO St. Paul Field Office")
            .county("Stark County Sheriff's Office", "38089")
            .build();

    Relations r = finder.relate(List.of(chain));

    assertThat(r.date()).isEqualTo(day(2019, 3, 5));
    assertThat(r.contacts())
        .extracting(Contact::agency, Contact::jurisdiction, Contact::kind, Contact::date)
        .containsExactly(
            tuple("agency:ice", "county:38089", ContactKind.MEETING, day(2019, 3, 5)),
            tuple("agency:ice", "county:38089", ContactKind.INQUIRY, day(2019, 3, 1)));
    assertThat(r.contacts().get(1).snippet()).contains("is interested in learning more").hasSizeLessThanOrEqualTo(300);
    assertThat(chain.text()).contains(r.contacts().get(1).snippet());
  }

  @Test
  void letterOnSheriffLetterheadToEroIsAnApplicationDatedByItsDateLine() {
    AnnotatedPage letter =
        page(1, """
            OFFICE OF THE SHERIFF
            Jim Wells County Sheriff's Office
            200 N. Almond St., Alice, TX 78332

            June 12, 2018

            Field Office Director
            U.S. Immigration and Customs Enforcement
            Enforcement and Removal Operations
            8940 Fourwinds Drive
            San Antonio, TX 78239

            Re: 287(g) program

            Dear Director:

            The Jim Wells County Sheriff's Office requests to participate in the 287(g) Jail
            Enforcement Model. Our Commissioners Court approved the request on June 5, 2018.

            Sincerely,

            Daniel Bueno
            Sheriff, Jim Wells County
            Form SO-12 (Rev. 01/2016) Revised 02/15/2017
            """)
            .county("Jim Wells County Sheriff's Office", "48249")
            .county("Jim Wells County", "48249")
            .ice("U.S. Immigration and Customs Enforcement")
            .ice("Enforcement and Removal Operations")
            .build();

    Relations r = finder.relate(List.of(letter));

    assertThat(r.date()).isEqualTo(day(2018, 6, 12));
    assertThat(r.contacts())
        .extracting(Contact::agency, Contact::jurisdiction, Contact::kind, Contact::date, Contact::page)
        .containsExactly(tuple("agency:ice", "county:48249", ContactKind.APPLICATION, day(2018, 6, 12), 1));
    assertThat(r.contacts().get(0).snippet()).startsWith("The Jim Wells County Sheriff's Office requests");
  }

  @Test
  void agreementFirstPageAndSignaturePageGiveOneAgreementDatedByLastSignature() {
    AnnotatedPage first =
        page(1, """
            MEMORANDUM OF AGREEMENT
            287(g) Jail Enforcement Model

            This Memorandum of Agreement (MOA) constitutes an agreement between United States
            Immigration and Customs Enforcement (ICE), a component of the Department of Homeland
            Security (DHS), and the Benton County Sheriff's Office (hereinafter referred to as the
            "Law Enforcement Agency" (LEA)), pursuant to which ICE delegates to nominated, trained,
            and certified officers of the LEA the authority to perform certain functions.

            Benton County Sheriff's Office          1          Revised 02/15/2025
            """)
            .ice("United States\nImmigration and Customs Enforcement")
            .name("Department of Homeland\nSecurity", EntityType.AGENCY, "agency:dhs")
            .county("Benton County Sheriff's Office", "05007")
            .build();
    AnnotatedPage signatures =
        page(2, """
            IN WITNESS WHEREOF, the parties have signed this MOA.

            FOR THE LEA:
            Signature: ____________________   Date: 6/30/2020
            Shelby Holloway, Sheriff
            Benton County Sheriff's Office

            FOR ICE:
            Signature: ____________________   Date: 7/2/2020
            Matthew T. Albence, Deputy Director
            U.S. Immigration and Customs Enforcement

            Benton County Sheriff's Office          12          Revised 02/15/2025
            """)
            .county("Benton County Sheriff's Office", "05007")
            .ice("U.S. Immigration and Customs Enforcement")
            .build();

    Relations r = finder.relate(List.of(first, signatures));

    assertThat(r.date()).isEqualTo(day(2020, 7, 2));
    assertThat(r.contacts())
        .extracting(Contact::jurisdiction, Contact::kind, Contact::date, Contact::page)
        .containsExactly(tuple("county:05007", ContactKind.AGREEMENT, day(2020, 7, 2), 1));
    assertThat(r.contacts().get(0).snippet()).contains("Benton County Sheriff's Office");
  }

  @Test
  void commissionMinutesSentenceWhereTheBoardVotedToApplyIsAnApplication() {
    AnnotatedPage minutes =
        page(1, """
            FREDERICK COUNTY BOARD OF COMMISSIONERS
            MINUTES OF THE REGULAR MEETING
            April 2, 2019

            Present: Commissioners Gardner, Young and Shreve.

            1. Call to order at 9:00 a.m.
            2. The Sheriff presented information on the 287(g) program of U.S. Immigration
            and Customs Enforcement. After discussion, the Board voted to apply for the 287(g)
            program. Motion carried 3-0.
            3. Roads report.
            """)
            .county("FREDERICK COUNTY BOARD OF COMMISSIONERS", "24021")
            .ice("U.S. Immigration\nand Customs Enforcement")
            .build();

    Relations r = finder.relate(List.of(minutes));

    assertThat(r.date()).isEqualTo(day(2019, 4, 2));
    assertThat(r.contacts())
        .extracting(Contact::agency, Contact::jurisdiction, Contact::kind, Contact::date)
        .containsExactly(tuple("agency:ice", "county:24021", ContactKind.APPLICATION, day(2019, 4, 2)));
    assertThat(r.contacts().get(0).snippet()).isEqualTo(
        "After discussion, the Board voted to apply for the 287(g)\nprogram.");
  }

  @Test
  void tableOfCountiesGivesOneContactPerRowWithAStatus() {
    AnnotatedPage table =
        page(1, """
            287(g) Program Outreach Status - North Dakota
            Prepared by ERO St. Paul, May 1, 2019

            County            Agency                              Status
            Stark County      Stark County Sheriff's Office       Interested
            Burleigh County   Burleigh County Sheriff's Office    Applied 4/15/2019
            Morton County     Morton County Sheriff's Office      Signed MOA
            Ward County       Ward County Sheriff's Office        No response
            """)
            .ice("ERO St. Paul")
            .county("Stark County", "38089")
            .county("Stark County Sheriff's Office", "38089")
            .county("Burleigh County", "38015")
            .county("Burleigh County Sheriff's Office", "38015")
            .county("Morton County", "38059")
            .county("Morton County Sheriff's Office", "38059")
            .county("Ward County", "38101")
            .county("Ward County Sheriff's Office", "38101")
            .build();

    Relations r = finder.relate(List.of(table));

    assertThat(r.contacts())
        .extracting(Contact::jurisdiction, Contact::kind, Contact::date)
        .containsExactly(
            tuple("county:38089", ContactKind.INQUIRY, day(2019, 5, 1)),
            tuple("county:38015", ContactKind.APPLICATION, day(2019, 4, 15)),
            tuple("county:38059", ContactKind.AGREEMENT, day(2019, 5, 1)));
  }

  @Test
  void newsClippingThatOnlyNamesCountiesHasNoContacts() {
    AnnotatedPage clipping =
        page(1, """
            The Dickinson Press - March 3, 2019
            Immigration debate reaches western North Dakota

            Residents of Stark County, Billings County and Dunn County packed a town hall on
            Tuesday to talk about immigration. Stark County Commissioner Jane Roe said the county
            has made no decision about the 287(g) program. U.S. Immigration and Customs
            Enforcement did not return calls for comment.
            """)
            .county("Stark County", "38089")
            .county("Billings County", "38007")
            .county("Dunn County", "38025")
            .ice("U.S. Immigration and Customs\nEnforcement")
            .build();

    Relations r = finder.relate(List.of(clipping));

    assertThat(r.contacts()).isEmpty();
    assertThat(r.date()).isEqualTo(day(2019, 3, 3));
  }

  private static AnnotatedPage cbpLetter() {
    return page(1, """
            U.S. Customs and Border Protection
            Office of Field Operations, Tucson Field Office

            March 10, 2020

            Sheriff Mark Dannels
            Cochise County Sheriff's Office
            205 N. Judd Drive, Bisbee, AZ 85603

            Dear Sheriff Dannels:

            Thank you for your letter about the port of entry at Douglas. Questions about the
            287(g) program should go to U.S. Immigration and Customs Enforcement, which runs it.

            Sincerely,

            Port Director
            U.S. Customs and Border Protection
            """)
        .name("U.S. Customs and Border Protection", EntityType.AGENCY, "agency:cbp")
        .county("Cochise County Sheriff's Office", "04003")
        .ice("U.S. Immigration and Customs Enforcement")
        .build();
  }

  @Test
  void cbpOnlyLetterIsNoIceContact() {
    assertThat(finder.relate(List.of(cbpLetter())).contacts()).isEmpty();
  }

  @Test
  void cbpLetterIsACbpContactWhenEveryFederalAgencyIsReported() {
    Relations r = new RuleContactFinder(RuleContactFinder.FEDERAL).relate(List.of(cbpLetter()));
    assertThat(r.contacts())
        .extracting(Contact::agency, Contact::jurisdiction, Contact::date)
        .containsExactly(tuple("agency:cbp", "county:04003", day(2020, 3, 10)));
  }

  @Test
  void stateAgencyIsAJurisdictionButAStateNameInAnAddressIsNot() {
    AnnotatedPage letter =
        page(1, """
            Virginia Department of Corrections
            P.O. Box 26963, Richmond, Virginia 23261

            January 8, 2020

            Field Office Director, ERO Washington
            U.S. Immigration and Customs Enforcement

            Dear Director:

            We met with your deportation officers on December 12, 2019 about the 287(g) program.

            Respectfully,
            Director, Virginia Department of Corrections
            """)
            .name("Virginia Department of Corrections", EntityType.AGENCY, "state:VA")
            .name("Virginia", EntityType.STATE, "state:VA")
            .ice("ERO Washington")
            .ice("U.S. Immigration and Customs Enforcement")
            .build();

    Relations r = finder.relate(List.of(letter));

    assertThat(r.contacts())
        .extracting(Contact::jurisdiction, Contact::kind, Contact::date)
        .containsExactly(tuple("state:VA", ContactKind.MEETING, day(2020, 1, 8)));
  }

  @Test
  void sentenceNamingACountyWithoutAnInteractionIsNoContact() {
    AnnotatedPage memo =
        page(1, """
            Stark County has a jail of 200 beds. The 287(g) program is run by ICE.
            """)
            .county("Stark County", "38089")
            .ice("ICE")
            .build();
    assertThat(finder.relate(List.of(memo)).contacts()).isEmpty();
  }

  @Test
  void negatedInteractionIsNoContact() {
    AnnotatedPage memo =
        page(1, "Stark County has not applied for the 287(g) program with ICE.\n")
            .county("Stark County", "38089")
            .ice("ICE")
            .build();
    assertThat(finder.relate(List.of(memo)).contacts()).isEmpty();
  }

  @Test
  void templateRevisionDateIsNotTheDocumentDate() {
    AnnotatedPage form =
        page(1, "Form I-247A (Rev. 02/14/25)\nRev 2/14/25\n\nSubject ID 12345\nArrest on 11/03/2025 in Stark County.\n")
            .build();
    assertThat(finder.relate(List.of(form)).date()).isEqualTo(day(2025, 11, 3));
  }

  @Test
  void emptyDocumentHasNoDateAndNoContacts() {
    assertThat(finder.relate(List.of())).isEqualTo(new Relations(Optional.empty(), List.of()));
  }
}
