package org.foiapipeline.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Benchmark driver for {@code bench/extract-bench.sh}. {@code text FILE...}: text-layer extraction (OCR
 * off) of the files, one warm-up run and three timed runs, prints the best pages/s. {@code ocr DPI FILE}:
 * every page rendered and OCR'd (OCR always) on a pool of one thread per core, twice (cold, then warm),
 * prints s/page of each, and the rendering alone. {@code render DPI FILE OUT_DIR}: the pages as the OCR
 * path renders them, as PGM files, for running bare Tesseract on the same images.
 */
public final class ExtractBench {
  private ExtractBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length >= 2 && args[0].equals("text")) {
      text(Arrays.stream(args).skip(1).map(Path::of).toList());
    } else if (args.length == 3 && args[0].equals("ocr")) {
      ocr(Integer.parseInt(args[1]), Path.of(args[2]));
    } else if (args.length == 4 && args[0].equals("render")) {
      render(Integer.parseInt(args[1]), Path.of(args[2]), Path.of(args[3]));  // the pages, as PGM files
    } else {
      System.err.println("usage: ExtractBench text FILE... | ocr DPI FILE | render DPI FILE OUT_DIR");
      System.exit(2);
    }
  }

  private static void text(List<Path> files) {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Extractor extractor = Extractors.create(Limits.defaults().withOcrMode(OcrMode.NEVER), pool);
    double best = Double.MAX_VALUE;
    int pages = 0;
    for (int run = 0; run < 4; run++) {
      long start = System.nanoTime();
      pages = 0;
      for (Path f : files) {
        pages += extractor.extract(f, f.toString()).pages().size();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      if (run > 0) {
        best = Math.min(best, seconds);
      }
    }
    pool.shutdown();
    System.out.printf("pdfbox_text pages=%d seconds=%.3f pages_per_s=%.1f%n", pages, best, pages / best);
  }

  /**
   * OCRs the file twice in one JVM: the first run pays for starting up (classes, the renderer, the first
   * Tesseract), the second is what every later file of a batch costs.
   */
  private static void ocr(int dpi, Path file) throws IOException {
    int cores = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(cores);
    Limits limits = Limits.defaults().withOcrMode(OcrMode.ALWAYS).withOcrDpi(dpi);
    for (String run : new String[] {"cold", "warm"}) {
      long start = System.nanoTime();
      ExtractedDocument doc = Extractors.create(limits, pool).extract(file, file.toString());
      double seconds = (System.nanoTime() - start) / 1e9;
      int pages = doc.pages().size();
      System.out.printf("our_ocr run=%s status=%s pages=%d ocr_pages=%d seconds=%.2f s_per_page=%.3f threads=%d%n",
          run, doc.status().label(), pages, doc.ocrPages(), seconds, seconds / pages, cores);
    }
    pool.shutdown();
    System.out.printf("our_render s_per_page=%.3f%n", render(dpi, file, null));
  }

  /**
   * Renders every page as the OCR path does, writing each as PGM into {@code out} when it is not null (for
   * timing bare Tesseract on the very same images); returns the seconds per page of the rendering alone.
   */
  private static double render(int dpi, Path file, Path out) throws IOException {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      PDFRenderer renderer = new PDFRenderer(doc);
      renderer.setSubsamplingAllowed(true);
      double seconds = 0;
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        long start = System.nanoTime();
        BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
        seconds += (System.nanoTime() - start) / 1e9;
        if (out != null) {
          Gray.writePgm(image, out.resolve(String.format("page-%04d.pgm", i + 1)));
        }
      }
      return seconds / Math.max(1, doc.getNumberOfPages());
    }
  }
}
