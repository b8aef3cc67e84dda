package org.foiapipeline.corpus;

/**
 * A gold entity: canonical id ({@code county:31043}, {@code place:NE:dakota}, {@code agency:ice},
 * {@code state:NE}, {@code person:jane-doe}), type label and display name.
 */
record Ent(String id, String type, String name) {}
