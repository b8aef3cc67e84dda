package org.foiapipeline.corpus;

import java.util.Locale;

/**
 * How rough the generated scans are. {@code STANDARD} is what the generator always made (a slight skew, light
 * noise, a soft blur, 150-200 dpi); {@code DEGRADED} is a poor office scan: 100-125 dpi, turned 2-4 degrees,
 * heavier noise and speckle, a stronger blur and harder JPEG compression, for testing OCR triage.
 */
public enum ScanQuality {
  STANDARD,
  DEGRADED;

  public static ScanQuality parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--scan-quality must be standard or degraded, got '" + value + "'", e);
    }
  }
}
