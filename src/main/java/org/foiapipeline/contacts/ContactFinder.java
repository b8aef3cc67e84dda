package org.foiapipeline.contacts;

import java.util.List;
import org.foiapipeline.resolve.AnnotatedPage;

/** Finds the document's date and its agency-jurisdiction contacts. Thread-safe. */
public interface ContactFinder {
  Relations relate(List<AnnotatedPage> pages);
}
