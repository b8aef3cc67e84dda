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

/** Documents as FOIA offices release them: ICE names redacted, local names printed. */
class RedactedCorrespondenceTest {
  private final ContactFinder finder = new RuleContactFinder();

  private static Optional<LocalDate> day(int y, int m, int d) {
    return Optional.of(LocalDate.of(y, m, d));
  }

  @Test
  void chainWithRedactedIceSenderIsAContactPerMessage() {
    AnnotatedPage chain =
        page(1, """
            From: (b)(6)
            Sent: Thu 4/11/2019 2:05 PM
            To: Laura Pruitt <lpruitt@starkcounty-nd.example>
            Subject: RE: 287(g) application - Stark County

            Sheriff Pruitt,

            Thank you for contacting U.S. Immigration and Customs Enforcement. We have received your
            application for the 287(g) program. My direct line is (b)(6) if the Stark County Sheriff's
            Office (SCSO) has questions.

            (b)(6)
            Assistant Field Office Director
            ERO St. Paul
            U.S. Immigration and Customs Enforcement
            Office: (b)(6)

            -----Original Message-----
            From: Laura Pruitt <lpruitt@starkcounty-nd.example>
            Sent: Monday, April 08, 2019 09:12 AM
            To: b6, b7c
            Subject: 287(g) application - Stark County

            Good morning,

            On behalf of the Stark County Sheriff's Office, attached is our application to participate in
            the 287(g) program. Please let me know who our point of contact at ICE will be.

            Sincerely,

            Laura Pruitt
            Sheriff
            Stark Co. Sheriff's Office
            (701) 555-0142
            """)
            .county("Stark County", "38089")
            .county("Stark County Sheriff's\nOffice", "38089")
            .county("Stark County Sheriff's Office", "38089")
            .county("Stark Co. Sheriff's Office", "38089")
            .ice("U.S. Immigration and Customs Enforcement")
            .ice("ERO St. Paul")
            .ice("ICE")
            .build();

    Relations r = finder.relate(List.of(chain));

    assertThat(r.date()).isEqualTo(day(2019, 4, 11));
    assertThat(r.contacts())
        .extracting(Contact::jurisdiction, Contact::kind, Contact::date)
        .containsExactly(
            tuple("county:38089", ContactKind.APPLICATION, day(2019, 4, 11)),
            tuple("county:38089", ContactKind.APPLICATION, day(2019, 4, 8)));
  }

  @Test
  void emailLinesThatLookLikeTableRowsAreReadAsEmail() {
    AnnotatedPage email =
        page(1, """
            From: Karen Yancey <k.yancey@police.monterey-ca.example>
            Sent: Thu 9/6/2018 4:29 AM
            To: b6, b7c
            Subject: RE: 287(g) Program inquiry - Monterey Police Department (CA)
            Good morning,
            On behalf of the Monterey Police Department, we are requesting information about a 287(g) agreement. Please
            let me know who our point of contact at ICE will be.
            Sincerely,
            Karen Yancey
            Monterey Police Department
            """)
            .name("Monterey Police Department", EntityType.PLACE, "place:CA:monterey")
            .ice("ICE")
            .build();

    assertThat(finder.relate(List.of(email)).contacts())
        .extracting(Contact::jurisdiction, Contact::kind, Contact::date)
        .containsExactly(tuple("place:CA:monterey", ContactKind.INQUIRY, day(2018, 9, 6)));
  }

  @Test
  void sheriffWritingToTheCountyAttorneyAboutIceIsNoIceContact() {
    AnnotatedPage email =
        page(1, """
            From: Laura Pruitt <lpruitt@starkcounty-nd.example>
            Sent: Monday, April 08, 2019 09:12 AM
            To: Tom Greer <tgreer@starkcounty-nd.example>
            Subject: 287(g) question

            Tom, do we need the Commission to vote before we apply to ICE for the 287(g) program?

            Laura Pruitt
            Sheriff
            Stark County Sheriff's Office
            """)
            .county("Stark County Sheriff's Office", "38089")
            .ice("ICE")
            .build();

    assertThat(finder.relate(List.of(email)).contacts()).isEmpty();
  }

  @Test
  void newsClippingForwardedBetweenRedactedIceStaffIsNoContact() {
    AnnotatedPage clipping =
        page(1, """
            From: (b)(6)
            Sent: Wednesday, June 12, 2019 08:40 AM
            To: (b)(6), (b)(7)(C)
            Subject: FW: News article - Stark County

            FYSA - article below regarding the Stark County Sheriff's Office and the 287(g) program.

            The Daily Courier
            June 10, 2019
            Sheriff weighs immigration partnership
            By Staff Writer
            Stark County Sheriff Laura Pruitt said this week that her office is studying whether to join a
            federal program. A spokesperson for U.S. Immigration and Customs Enforcement declined to comment
            on any specific jurisdiction.
            """)
            .county("Stark County", "38089")
            .county("Stark County Sheriff's Office", "38089")
            .ice("U.S. Immigration and Customs Enforcement")
            .build();

    Relations r = finder.relate(List.of(clipping));

    assertThat(r.contacts()).isEmpty();
    assertThat(r.date()).isEqualTo(day(2019, 6, 12));
  }

  @Test
  void iceLetterToSheriffIgnoresTheCityOfTheAddress() {
    AnnotatedPage letter =
        page(1, """
            U.S. Department of Homeland Security
            U.S. Immigration & Customs Enforcement
            Enforcement and Removal Operations
            St. Paul Field Office

            Sept. 9, 2019

            The Honorable Laura Pruitt
            Sheriff
            Stark County Sheriff's Office
            12 Main Street
            Dickinson, ND 58601

            Dear Sheriff Pruitt:

            On behalf of U.S. Immigration & Customs Enforcement (ICE), I am writing to the Stark County
            Sheriff's Office. The 287(g) refresher training is scheduled at your facility.

            Questions may be directed to (b)(6) at (b)(6).

            (b)(6)
            Deputy Field Office Director
            ERO St. Paul
            """)
            .name("U.S. Department of Homeland Security", EntityType.AGENCY, "agency:dhs")
            .ice("U.S. Immigration & Customs Enforcement")
            .ice("Enforcement and Removal Operations")
            .ice("ICE")
            .ice("ERO St. Paul")
            .county("Stark County Sheriff's Office", "38089")
            .name("Dickinson", EntityType.PLACE, "place:ND:dickinson")
            .build();

    Relations r = finder.relate(List.of(letter));

    assertThat(r.contacts())
        .extracting(Contact::jurisdiction, Contact::kind, Contact::date)
        .containsExactly(tuple("county:38089", ContactKind.TRAINING, day(2019, 9, 9)));
  }

  private static AnnotatedPage minutes(String item) {
    return page(1, """
            STARK COUNTY BOARD OF COMMISSIONERS
            Minutes of the Regular Meeting of March 5, 2019

            Present: Commissioner Mark Greer, Commissioner Ann Vance, Commissioner Paul Birch.
            1. Call to Order. The meeting was called to order at 6:03 p.m. by the Chair.
            2. Sheriff's Report. Sheriff Laura Pruitt of the Stark County Sheriff's Office reported a jail
            population of 212.
            4. 287(g) Program. %s
            5. Adjournment. The meeting adjourned at 8:14 p.m.

            Attest: ______________________ Clerk
            """.formatted(item))
        .county("STARK COUNTY", "38089")
        .county("Stark County Sheriff's Office", "38089")
        .build();
  }

  @Test
  void minutesWhereEroPresentsToTheCommissionRecordAMeeting() {
    AnnotatedPage page = minutes(
        "A Deputy Field Office Director of ERO St. Paul, (b)(6), presented an overview of the 287(g)\n"
            + "program to the Commission and answered questions.");
    AnnotatedPage withIce = new AnnotatedPage(page.page(), page.structure(),
        concat(page, Pages.page(1, page.text()).ice("ERO St. Paul").build()));

    Relations r = finder.relate(List.of(withIce));

    assertThat(r.date()).isEqualTo(day(2019, 3, 5));
    assertThat(r.contacts())
        .extracting(Contact::jurisdiction, Contact::kind, Contact::date)
        .containsExactly(tuple("county:38089", ContactKind.MEETING, day(2019, 3, 5)));
  }

  @Test
  void minutesWhereTheCommissionOnlyDebatesRecordNoContact() {
    AnnotatedPage page = minutes(
        "Commissioner Vance asked whether the county should consider the 287(g) program. The item was\n"
            + "tabled for further discussion; no action was taken.");
    assertThat(finder.relate(List.of(page)).contacts()).isEmpty();
  }

  @Test
  void statusTableIsDatedByItsLatestRow() {
    AnnotatedPage table =
        page(1, """
            ICE 287(g) Program
            Interested Jurisdictions - FY2019
            State Jurisdiction Date Status
            ND Stark County Sheriff's Office 3/5/2019 Inquiry
            ND Dunn Co. Sheriff's Office 7/19/2019 Info requested
            SD Dickinson Police Department 2/1/2019 Training scheduled
            Prepared by ERO 287(g) Program Office. Internal notes: (b)(7)(E)
            """)
            .ice("ICE")
            .ice("ERO")
            .county("Stark County Sheriff's Office", "38089")
            .county("Dunn Co. Sheriff's Office", "38025")
            .name("Dickinson Police Department", EntityType.PLACE, "place:ND:dickinson")
            .build();

    Relations r = finder.relate(List.of(table));

    assertThat(r.date()).isEqualTo(day(2019, 7, 19));
    assertThat(r.contacts())
        .extracting(Contact::jurisdiction, Contact::kind, Contact::date)
        .containsExactly(
            tuple("county:38089", ContactKind.INQUIRY, day(2019, 3, 5)),
            tuple("county:38025", ContactKind.INQUIRY, day(2019, 7, 19)),
            tuple("place:ND:dickinson", ContactKind.TRAINING, day(2019, 2, 1)));
    assertThat(r.contacts().get(0).snippet()).isEqualTo("ND Stark County Sheriff's Office 3/5/2019 Inquiry");
  }

  private static List<org.foiapipeline.resolve.ResolvedMention> concat(AnnotatedPage a, AnnotatedPage b) {
    List<org.foiapipeline.resolve.ResolvedMention> all = new java.util.ArrayList<>(a.mentions());
    all.addAll(b.mentions());
    return all;
  }
}
