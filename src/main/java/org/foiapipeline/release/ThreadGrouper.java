package org.foiapipeline.release;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups printed email documents into threads. Two documents belong to one thread when their subjects
 * agree after {@link SubjectKey} (up to OCR noise) and they share a participant or one of them shows none
 * (every name redacted), or when they print the same message (same sender and sent date) whatever the
 * subject. A thread's id is {@code thread:} and 12 hex digits of the SHA-256 of its most common subject key,
 * so the same thread in two files gets the same id. Stateless and thread-safe.
 */
public final class ThreadGrouper {
  /** The thread id of each document, in input order; null for a document without subject or message. */
  public List<String> group(List<EmailDocument> docs) {
    int[] parent = new int[docs.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size(); j++) {
        if (together(docs.get(i), docs.get(j))) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    Map<Integer, List<String>> keys = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      keys.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(docs.get(i).subjectKey());
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      String key = canonical(keys.get(find(parent, i)));
      out.add(key.isEmpty() && docs.get(i).signatures().isEmpty() ? null : id(key.isEmpty() ? first(docs.get(i)) : key));
    }
    return out;
  }

  static boolean together(EmailDocument a, EmailDocument b) {
    if (!Collections.disjoint(a.signatures(), b.signatures())) {
      return true;
    }
    boolean anonymous = a.participants().isEmpty() || b.participants().isEmpty();
    return SubjectKey.similar(a.subjectKey(), b.subjectKey())
        && (anonymous || !Collections.disjoint(a.participants(), b.participants()));
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** The most common key of a group; ties go to the shorter, then the alphabetically first. */
  private static String canonical(List<String> keys) {
    Map<String, Integer> counts = new HashMap<>();
    keys.stream().filter(k -> !k.isEmpty()).forEach(k -> counts.merge(k, 1, Integer::sum));
    return counts.entrySet().stream()
        .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
            .thenComparingInt(e -> e.getKey().length())
            .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .orElse("");
  }

  private static String first(EmailDocument d) {
    Set<String> sorted = new HashSet<>(d.signatures());
    return sorted.stream().sorted().findFirst().orElse("");
  }

  static String id(String key) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder("thread:");
      for (int i = 0; i < 6; i++) {
        hex.append(String.format("%02x", hash[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JVM", e);
    }
  }
}
