package org.foiapipeline.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.client.solrj.response.schema.SchemaResponse;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * Creates the SolrCloud collection the Solr index lives in: uploads the configset shipped in this jar
 * ({@code schema.xml}, {@code solrconfig.xml}) and creates the collection with it.
 */
public final class SolrSetup {
  /**
   * The configset's name in the cluster. Versioned: a collection made with an older configset
   * ({@code foia-pipeline}, page text analysed by Solr, no near-duplicate signatures) keeps it, as Lucene cannot
   * change how an existing field is indexed (term vectors) in place.
   */
  public static final String CONFIGSET = "foia-pipeline-v2";
  private static final String RESOURCES = "/org/foiapipeline/index/solr/";
  private static final List<String> FILES = List.of("schema.xml", "solrconfig.xml");

  private SolrSetup() {}

  /**
   * What {@link #init} did: created the collection; found it and reloaded it with the updated configset; or
   * found it made with an older configset, which it keeps (its page text has no redaction tokens and it holds
   * no near-duplicate groups; a new collection, ingested again, has both).
   */
  public enum Outcome { CREATED, EXISTS, EXISTS_OLDER_SCHEMA }

  /**
   * Uploads (or replaces) the configset and creates the collection, or, when it exists, reloads it so that it
   * runs the new configset (the documents in it stay as they were indexed).
   *
   * @throws IllegalArgumentException for shard or replica counts below one
   * @throws IOException when the cluster cannot be reached or refuses
   */
  public static Outcome init(String hosts, String collection, int shards, int replicas) throws IOException {
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException("--shards and --replicas must be at least 1, got " + shards + " and " + replicas);
    }
    try (SolrConnection solr = SolrConnection.open(hosts, collection)) {
      ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload().setConfigSetName(CONFIGSET).setOverwrite(true);
      upload.setUploadStream(new ContentStreamBase.ByteArrayStream(configsetZip(), CONFIGSET + ".zip", "application/zip"));
      solr.call("uploading the configset", () -> upload.process(solr.client()));
      if (exists(solr)) {
        // A configset replaced under a running collection takes effect when the collection reloads.
        CollectionAdminRequest.Reload reload = CollectionAdminRequest.reloadCollection(collection);
        solr.call("reloading the collection", () -> reload.process(solr.client()));
        return preAnalysedText(solr) ? Outcome.EXISTS : Outcome.EXISTS_OLDER_SCHEMA;
      }
      CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(collection, CONFIGSET, shards, replicas);
      solr.call("creating the collection", () -> create.process(solr.client()));
      return Outcome.CREATED;
    }
  }

  /** Fails with a message saying what to do when the collection does not exist. */
  static void requireCollection(SolrConnection solr) throws IOException {
    if (!exists(solr)) {
      throw new IllegalArgumentException("no collection " + solr.collection() + " in " + solr.describe()
          + ": run foia solr init --solr ... --collection " + solr.collection() + " first");
    }
  }

  /**
   * Whether the collection's page text is Solr's {@code PreAnalyzedField}, as this configset declares it; a
   * collection made by an older {@code foia solr init} analyses the plain text itself and has no field for
   * near-duplicate signatures.
   */
  static boolean preAnalysedText(SolrConnection solr) throws IOException {
    SchemaRequest.Field textField = new SchemaRequest.Field(Schema.TEXT);
    SchemaResponse.FieldResponse field =
        solr.call("reading the schema", () -> textField.process(solr.client(), solr.collection()));
    SchemaRequest.FieldType textType = new SchemaRequest.FieldType(String.valueOf(field.getField().get("type")));
    SchemaResponse.FieldTypeResponse fieldType =
        solr.call("reading the schema", () -> textType.process(solr.client(), solr.collection()));
    Object impl = fieldType.getFieldType().getAttributes().get("class");
    return impl != null && String.valueOf(impl).endsWith(".PreAnalyzedField");
  }

  private static boolean exists(SolrConnection solr) throws IOException {
    return solr.call("listing collections", () -> CollectionAdminRequest.listCollections(solr.client()))
        .contains(solr.collection());
  }

  /** The configset as a zip, as Solr's configset upload API takes it. */
  static byte[] configsetZip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String file : FILES) {
        try (InputStream in = SolrSetup.class.getResourceAsStream(RESOURCES + file)) {
          if (in == null) {
            throw new IOException("the Solr configset is missing from this build: " + RESOURCES + file);
          }
          zip.putNextEntry(new ZipEntry(file));
          in.transferTo(zip);
          zip.closeEntry();
        }
      }
    }
    return bytes.toByteArray();
  }
}
