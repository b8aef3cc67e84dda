package org.foiapipeline.extract;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the plain text of Tika's XHTML body, starting a new page at each {@code <div class="page">}
 * or {@code <div class="sheet">} (how Tika marks paged formats and spreadsheet sheets); a document without such divs is one page.
 */
final class PageSplittingHandler extends DefaultHandler {
  private final List<String> pages = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String kind = "div".equals(localName) ? atts.getValue("class") : null;
    if ("page".equals(kind) || "sheet".equals(kind)) {
      flush();
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    current.append(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    current.append(ch, start, length);
  }

  /** The pages seen so far, stripped, without blank ones; callable after an aborted parse too. */
  List<String> pages() {
    flush();
    return List.copyOf(pages);
  }

  private void flush() {
    String text = current.toString().strip();
    if (!text.isEmpty()) {
      pages.add(text);
    }
    current.setLength(0);
  }
}
