package org.foiapipeline.extract;

/** A word of a page's text: its characters {@code [start, end)} and where it stands on the page. */
record WordSpan(int start, int end, Box box) {
  double centerX() {
    return box.x() + box.width() / 2;
  }

  double centerY() {
    return box.y() + box.height() / 2;
  }
}
