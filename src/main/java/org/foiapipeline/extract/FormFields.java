package org.foiapipeline.extract;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;

/**
 * Filled-in form fields. Agreements are often released as PDF forms whose party names, addresses and
 * signature dates live only in field widgets, which a text-layer reader skips: "an agreement between ICE
 * and the ____". Flattening draws each field's appearance into its page's content, where the text pass
 * and the renderer both see it, as a reader of the printed page would.
 */
final class FormFields {
  private FormFields() {}

  /** Flattens the document's form in memory (the file is never written); a form that cannot be is left. */
  static void flatten(PDDocument document) {
    PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
    if (form == null || form.getFields().isEmpty()) {
      return;
    }
    try {
      form.flatten();
    } catch (IOException | RuntimeException e) {
      // A broken form only costs its field values; the printed page still reads.
    }
  }
}
