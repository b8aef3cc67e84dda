package org.foiapipeline.contacts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What one document says: its own date and the contacts it records. */
public record Relations(Optional<LocalDate> date, List<Contact> contacts) {
  public Relations {
    contacts = List.copyOf(contacts);
  }
}
