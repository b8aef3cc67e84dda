package org.foiapipeline.foia;

import java.time.LocalDate;

/** A date written on a page, with where it stands and its ISO value. */
public record DateMention(LocalDate date, String text, int start, int end) {}
