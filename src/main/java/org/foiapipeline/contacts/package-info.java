/**
 * Contacts between a federal agency and a jurisdiction, each with its kind, date and evidence. Works on
 * annotated documents; it never reads files or touches the index.
 */
package org.foiapipeline.contacts;
