package org.foiapipeline.contacts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.foiapipeline.foia.EmailMessage;

/**
 * The people of one email chain, remembered from the header entries that carry an address: "Smith, John
 * (ERO)" on a later header is the {@code John.Smith@ice.dhs.gov} seen earlier. Used to tell which side a
 * header entry without an address is on.
 */
final class ChainPeople {
  private static final Set<String> NOT_NAMES =
      Set.of("ero", "hsi", "ice", "dhs", "gov", "opla", "cbp", "the", "and", "sheriff", "office", "county", "com",
          "org", "net", "mail", "deputy", "chief", "sgt", "capt", "director", "mailto");

  /** A person's name words and the agency of their address, empty for a local address. */
  private record Person(Set<String> words, Optional<String> agency) {}

  private final List<Person> people = new ArrayList<>();

  ChainPeople(List<EmailMessage> messages) {
    for (EmailMessage m : messages) {
      entries(m).filter(e -> e.contains("@")).forEach(this::remember);
    }
  }

  /** The agency of a federal person the header names, if any. */
  Optional<String> federalAgency(EmailMessage m) {
    return entries(m).flatMap(e -> match(e).stream()).flatMap(p -> p.agency().stream()).findFirst();
  }

  /** Whether the header names a person last seen with a local (non-federal) address. */
  boolean namesLocalPerson(EmailMessage m) {
    return entries(m).flatMap(e -> match(e).stream()).anyMatch(p -> p.agency().isEmpty());
  }

  private void remember(String entry) {
    Set<String> agencies = Parties.agenciesByAddress(entry);
    Set<String> words = words(entry);
    if (words.size() >= 2) {
      people.add(new Person(words, agencies.stream().findFirst()));
    }
  }

  private Optional<Person> match(String entry) {
    Set<String> words = words(entry);
    return people.stream().filter(p -> overlap(p.words(), words) >= 2).findFirst();
  }

  private static int overlap(Set<String> a, Set<String> b) {
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return both.size();
  }

  private static Stream<String> entries(EmailMessage m) {
    return Stream.of(List.of(m.from()), m.to(), m.cc()).flatMap(List::stream);
  }

  private static Set<String> words(String entry) {
    String plain = entry.replaceAll("@[\\w.-]+", " ").toLowerCase(Locale.ROOT);
    Set<String> words = new HashSet<>(Arrays.asList(plain.split("[^a-z]+")));
    words.removeIf(w -> w.length() < 3 || NOT_NAMES.contains(w));
    return words;
  }
}
