package org.foiapipeline.index;

import java.util.List;

/**
 * One indexed page, as the web app and the CLI show it.
 *
 * @param source {@code digital}, {@code scanned} or {@code none}
 * @param ocrConfidence mean OCR word confidence, -1 for text-layer pages
 * @param mentionsJson the page's mentions as JSON ({@code [{id,type,text,start,end,source,candidates}]})
 * @param redactionsJson redaction boxes as JSON ({@code [{x,y,width,height}]}, page fractions)
 * @param emailsJson printed email headers as JSON
 */
public record PageView(
    String id,
    String path,
    int page,
    String text,
    String source,
    double ocrConfidence,
    List<String> exemptions,
    List<String> bates,
    List<String> entities,
    String mentionsJson,
    String redactionsJson,
    String emailsJson) {}
