package org.foiapipeline.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.foiapipeline.contacts.Contact;
import org.foiapipeline.contacts.ContactKind;
import org.foiapipeline.contacts.Relations;
import org.foiapipeline.extract.ExtractedDocument;
import org.foiapipeline.extract.Extractor;
import org.foiapipeline.extract.Page;
import org.foiapipeline.extract.Status;
import org.foiapipeline.foia.PageStructure;
import org.foiapipeline.nlp.EntityType;
import org.foiapipeline.nlp.Mention;
import org.foiapipeline.resolve.ResolvedMention;

/**
 * Small stand-in stages for pipeline tests: text files split into pages at form feeds; "Dakota County" and
 * "ICE" become entities; a page with both is a contact. The real stages are tested in their own packages.
 */
final class TestStages {
  final AtomicInteger extractions = new AtomicInteger();

  Extractor extractor() {
    return (file, name) -> {
      extractions.incrementAndGet();
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("SLOW")) {
          Thread.sleep(5_000);
        }
        if (text.startsWith("BOOM")) {
          throw new IllegalStateException("parser crashed");
        }
        if (text.isBlank()) {
          return ExtractedDocument.failed("text/plain", Status.EMPTY, "no text");
        }
        List<Page> pages = new ArrayList<>();
        String[] parts = text.split("\f");
        for (int i = 0; i < parts.length; i++) {
          pages.add(Page.ofText(i + 1, parts[i]));
        }
        return new ExtractedDocument("text/plain", Status.OK, "", pages);
      } catch (IOException e) {
        return ExtractedDocument.failed("", Status.FAILED, e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return ExtractedDocument.failed("", Status.FAILED, "interrupted");
      }
    };
  }

  Annotator annotator() {
    return new Annotator(
        text -> PageStructure.NONE,
        text -> {
          List<Mention> found = new ArrayList<>();
          add(found, text, "Dakota County", EntityType.COUNTY);
          add(found, text, "ICE", EntityType.AGENCY);
          return found;
        },
        (texts, mentions) -> {
          List<ResolvedMention> out = new ArrayList<>();
          for (int p = 0; p < mentions.size(); p++) {
            for (Mention m : mentions.get(p)) {
              String id = m.type() == EntityType.AGENCY ? "agency:ice" : "county:31043";
              out.add(new ResolvedMention(m, p + 1, id, List.of()));
            }
          }
          return out;
        },
        pages -> {
          List<Contact> contacts = new ArrayList<>();
          for (var page : pages) {
            var ids = page.mentions().stream().map(ResolvedMention::entityId).toList();
            if (ids.contains("agency:ice") && ids.contains("county:31043")) {
              contacts.add(
                  new Contact("agency:ice", "county:31043", Optional.of(LocalDate.of(2019, 3, 5)), page.number(),
                      ContactKind.INQUIRY, page.text()));
            }
          }
          return new Relations(Optional.of(LocalDate.of(2019, 3, 5)), contacts);
        });
  }

  private static void add(List<Mention> found, String text, String name, EntityType type) {
    int at = text.indexOf(name);
    if (at >= 0) {
      found.add(new Mention(name, type, at, at + name.length(), "test"));
    }
  }
}
