package org.foiapipeline.index;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.facet.FacetsConfig;

/**
 * Field names and analysis of the index. Four kinds of Lucene document live side by side, told apart by
 * {@link #KIND}: one per page, one per file, one per contact and one per ledger row.
 */
public final class Schema {
  public static final String KIND = "kind";
  public static final String KIND_PAGE = "page";
  public static final String KIND_FILE = "file";
  public static final String KIND_CONTACT = "contact";
  public static final String KIND_LEDGER = "ledger";
  /** One per file: its near-duplicate signature and group (see DuplicateGroups). */
  public static final String KIND_DUPLICATE = "duplicate";

  /** Unique key of every Lucene document, used by updateDocument: {@code page:<id>/<n>} etc. */
  public static final String UID = "uid";

  public static final String DOC_ID = "doc_id";
  /** The document id again, as doc values: for grouping hits by document. */
  public static final String DOC_ID_VALUES = "doc_id_dv";
  public static final String PATH = "path";
  public static final String PAGE = "page";
  public static final String TEXT = "text";
  public static final String SOURCE = "source";
  /** A page's mean OCR word confidence (-1 without OCR): stored, a point for ranges, doc values for sorting. */
  public static final String OCR_CONFIDENCE = "ocr_conf";
  /** Why a page was OCR'd or has no text, and what a re-OCR did to it (stored only). */
  public static final String PAGE_NOTE = "page_note";
  public static final String DATE = "date";
  public static final String DATE_DAY = "date_day";
  public static final String EXEMPTION = "exemption";
  public static final String BATES = "bates";
  public static final String ENTITY = "entity";
  public static final String STATE = "state";
  public static final String STATUS = "status";
  public static final String MENTIONS = "mentions";
  public static final String REDACTIONS = "redactions";
  /** Share of a page's area under redaction boxes, 0-1: a point for range filters, stored. */
  public static final String REDACTED_SHARE = "redacted_share";
  public static final String EMAILS = "emails";
  public static final String RECORD = "record";
  public static final String AGENCY = "agency";
  public static final String JURISDICTION = "jurisdiction";
  public static final String CONTACT_KIND = "contact_kind";
  public static final String SNIPPET = "snippet";
  public static final String LEDGER_PATH = "ledger_path";
  public static final String LEDGER = "ledger";
  /** A page's (on page docs) or a file's (on duplicate docs) near-duplicate signature, stored bytes. */
  public static final String SIGNATURE = "dup_signature";
  /** The near-duplicate group of a file: the smallest document id of its group, or its own id. */
  public static final String DUPLICATE_GROUP = "dup_group";
  /**
   * On a duplicate document: the near-duplicate unit it signs (a file's id, or {@code <id>:<start>-<end>} for a
   * logical document of a merged release), and its scope: {@link #SCOPE_UNIT} for such a logical document,
   * {@link #SCOPE_FILE} for the whole of a file of several; absent for a file that is one unit.
   */
  public static final String DUP_UNIT = "dup_unit";
  public static final String DUP_SCOPE = "dup_scope";
  /** First and last page of a logical document's unit, stored only (pages index logical_start as a point). */
  public static final String DUP_START = "dup_start";
  public static final String DUP_END = "dup_end";
  /** How many printed email messages a unit holds, stored only; absent when it is no email chain. */
  public static final String DUP_MESSAGES = "dup_messages";
  /** The Sent date of the newest message a unit prints (ISO), stored only; absent when not read. */
  public static final String DUP_NEWEST = "dup_newest";
  /** How many of a unit's printed messages carry its newest message's date, stored only. */
  public static final String DUP_NEWEST_DAY = "dup_newest_day";
  public static final String SCOPE_UNIT = "unit";
  public static final String SCOPE_FILE = "file";
  /** On a page of a merged release: first and last page of its logical document, and its email thread. */
  public static final String LOGICAL_START = "logical_start";
  public static final String LOGICAL_END = "logical_end";
  public static final String THREAD = "thread";

  /** Facet dimensions, as shown to users. */
  public static final String F_AGENCY = "agency";
  public static final String F_JURISDICTION = "jurisdiction";
  public static final String F_STATE = "state";
  public static final String F_KIND = "kind";
  public static final String F_YEAR = "year";
  public static final String F_EXEMPTION = "exemption";
  public static final String F_STATUS = "status";
  /** The redacted share of a page as a range: none, under 10%, 10-50%, over 50%. */
  public static final String F_REDACTED = "redacted";
  public static final List<String> FACETS =
      List.of(F_AGENCY, F_JURISDICTION, F_STATE, F_KIND, F_YEAR, F_EXEMPTION, F_STATUS, F_REDACTED);

  private Schema() {}

  /**
   * Standard tokenisation, possessives and plurals folded ("Sheriff's Office", "sheriffs" find "sheriff"),
   * lowercased, accents folded, no stop words: a phrase such as "Sheriff of Dakota County" must match
   * exactly, and FOIA text has few words worth dropping.
   */
  public static Analyzer analyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new EnglishMinimalStemFilter(stream);
        return new TokenStreamComponents(source, stream);
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : FACETS) {
      config.setMultiValued(dim, true);
    }
    return config;
  }

  public static String pageUid(String docId, int page) {
    return "page:" + docId + "/" + page;
  }

  public static String fileUid(String docId) {
    return "file:" + docId;
  }

  public static String duplicateUid(String docId) {
    return "duplicate:" + docId;
  }

  public static String ledgerUid(String path) {
    return "ledger:" + path;
  }
}
