package org.foiapipeline.contacts;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One recorded interaction between a federal agency and a jurisdiction.
 *
 * @param agency the agency's id, e.g. {@code agency:ice}
 * @param jurisdiction the jurisdiction's id, e.g. {@code county:48249}
 * @param date the email's sent date, the letter's date or the signature date, else the nearest stated date
 * @param page 1-based page of the evidence
 * @param kind what kind of interaction
 * @param snippet the evidence text
 */
public record Contact(
    String agency, String jurisdiction, Optional<LocalDate> date, int page, ContactKind kind, String snippet) {}
