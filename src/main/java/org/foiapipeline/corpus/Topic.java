package org.foiapipeline.corpus;

import java.util.List;

/**
 * What an exchange between ICE and a jurisdiction is about: the contact kind it records and the evidence
 * sentences each side writes (short enough to stay on one line).
 */
enum Topic {
  INQUIRY("inquiry", "287(g) Program inquiry",
      List.of("we would like information on joining the 287(g) program",
          "the Sheriff is interested in participating in the 287(g) program",
          "we are requesting information about a 287(g) agreement"),
      List.of("I would be glad to discuss the 287(g) program with your office",
          "I have attached an overview of the 287(g) program models")),
  APPLICATION("application", "287(g) application",
      List.of("attached is our application to participate in the 287(g) program",
          "please accept this request to join the 287(g) Jail Enforcement Model"),
      List.of("we have received your application for the 287(g) program",
          "your 287(g) request has been forwarded to headquarters for review")),
  MEETING("meeting", "Meeting request - 287(g)",
      List.of("I can meet with your team to discuss the 287(g) program",
          "confirming our meeting regarding the 287(g) program"),
      List.of("we would like to meet with you to discuss the 287(g) program",
          "thank you for meeting with our field office staff last week")),
  TRAINING("training", "287(g) training",
      List.of("our designated officers will attend the 287(g) training",
          "please confirm the 287(g) training dates for our deputies"),
      List.of("287(g) basic training for your designated officers begins",
          "the 287(g) refresher training is scheduled at your facility")),
  OTHER("other", "Detainer / bed space",
      List.of("we are holding a subject on your immigration detainer",
          "we have bed space available for federal detainees this month"),
      List.of("a deportation officer will take custody of the subject",
          "please send the booking sheet for the subject on the detainer"));

  /** The sentence with its first letter capitalised, for evidence that starts a sentence. */
  static String cap(String sentence) {
    return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
  }

  final String kind;
  final String subject;
  final List<String> local;
  final List<String> federal;

  Topic(String kind, String subject, List<String> local, List<String> federal) {
    this.kind = kind;
    this.subject = subject;
    this.local = local;
    this.federal = federal;
  }
}
