package org.foiapipeline.foia;

/**
 * The project's {@link StructureFinder}: Bates numbers, exemption codes, printed email headers and dates,
 * each found by its own finder. Patterns are compiled once; immutable and thread-safe, so one instance
 * serves every thread.
 */
public final class FoiaStructureFinder implements StructureFinder {
  private final BatesFinder bates = new BatesFinder();
  private final ExemptionFinder exemptions = new ExemptionFinder();
  private final DateFinder dates = new DateFinder();
  private final EmailHeaderParser emails = new EmailHeaderParser(dates);

  /** Never throws; an empty or null page has no structure. */
  @Override
  public PageStructure find(String pageText) {
    if (pageText == null || pageText.isBlank()) {
      return PageStructure.NONE;
    }
    return new PageStructure(
        bates.find(pageText), exemptions.find(pageText), emails.find(pageText), dates.find(pageText));
  }
}
