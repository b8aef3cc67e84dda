package org.foiapipeline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Cheap type detection: magic bytes first (PDF, PNG, JPEG, TIFF), then the file name's extension.
 * Reads at most 1 KiB; never throws.
 */
final class FileTypes {
  static final String PDF = "application/pdf";
  static final String OCTET_STREAM = "application/octet-stream";

  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("pdf", PDF),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("tif", "image/tiff"),
      Map.entry("tiff", "image/tiff"),
      Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
      Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      Map.entry("doc", "application/msword"),
      Map.entry("xls", "application/vnd.ms-excel"),
      Map.entry("csv", "text/csv"),
      Map.entry("txt", "text/plain"),
      Map.entry("html", "text/html"),
      Map.entry("htm", "text/html"),
      Map.entry("eml", "message/rfc822"),
      Map.entry("msg", "application/vnd.ms-outlook"));

  private FileTypes() {}

  static String detect(Path file, String name) {
    String byMagic = byMagic(head(file));
    if (byMagic != null) {
      return byMagic;
    }
    return BY_EXTENSION.getOrDefault(extension(name == null ? file.getFileName().toString() : name), OCTET_STREAM);
  }

  static boolean isImage(String mediaType) {
    return mediaType.equals("image/png") || mediaType.equals("image/jpeg") || mediaType.equals("image/tiff");
  }

  static String byMagic(byte[] h) {
    if (indexOf(h, new byte[] {'%', 'P', 'D', 'F', '-'}) >= 0) {
      return PDF;
    }
    if (startsWith(h, 0x89, 'P', 'N', 'G')) {
      return "image/png";
    }
    if (startsWith(h, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (startsWith(h, 'I', 'I', 42, 0) || startsWith(h, 'M', 'M', 0, 42)) {
      return "image/tiff";
    }
    return null;
  }

  private static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(1024);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(byte[] h, int... magic) {
    if (h.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((h[i] & 0xff) != (magic[i] & 0xff)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] h, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= h.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (h[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
