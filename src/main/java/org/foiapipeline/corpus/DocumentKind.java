package org.foiapipeline.corpus;

/** One kind of synthetic document: composes a draft (text, entities, contacts) from a scene. */
interface DocumentKind {
  /** The kind label written to the gold record, e.g. {@code email}. */
  String name();

  Draft compose(Scene scene);
}
