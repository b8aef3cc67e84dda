package org.foiapipeline.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code tesseract} command on one image file with a time limit, single-threaded
 * ({@code OMP_THREAD_LIMIT=1}: parallelism comes from OCR'ing several pages at once). Never throws: a
 * missing binary, a crash or the time limit become an {@link OcrResult} with a problem.
 */
public final class TesseractOcr {
  /** What a missing binary is reported as; says what to do. */
  public static final String NOT_FOUND = "tesseract not found: run bin/setup";

  private final String command;
  private final Duration perPage;

  /**
   * @param command the tesseract executable, a name looked up on the PATH or a path
   * @param perPage time limit for one image; the process is killed when it is over
   */
  public TesseractOcr(String command, Duration perPage) {
    this.command = command;
    this.perPage = perPage;
  }

  public static TesseractOcr onPath(Duration perPage) {
    return new TesseractOcr("tesseract", perPage);
  }

  /** OCRs one image file (PNG, JPEG, TIFF, PNM) in English. */
  public OcrResult recognize(Path image) {
    Path out = null;
    Path err = null;
    try {
      out = Files.createTempFile("foia-ocr", ".tsv");
      err = Files.createTempFile("foia-ocr", ".err");
      return run(image, out, err);
    } catch (IOException e) {
      return OcrResult.failed("ocr failed: " + e.getMessage());
    } finally {
      TempFiles.delete(out);
      TempFiles.delete(err);
    }
  }

  private OcrResult run(Path image, Path out, Path err) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(List.of(command, image.toString(), "stdout", "-l", "eng", "tsv"));
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
    Process process;
    try {
      process = pb.start();
    } catch (IOException e) {
      return OcrResult.failed(NOT_FOUND);
    }
    process.getOutputStream().close();
    try {
      if (!process.waitFor(perPage.toMillis(), TimeUnit.MILLISECONDS)) {
        kill(process);
        return OcrResult.timeout();
      }
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      return OcrResult.failed("ocr interrupted");
    }
    if (process.exitValue() != 0) {
      return OcrResult.failed("tesseract failed (exit " + process.exitValue() + "): " + lastLine(err));
    }
    return TesseractTsv.parse(new String(Files.readAllBytes(out), StandardCharsets.UTF_8));
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String lastLine(Path err) throws IOException {
    String text = new String(Files.readAllBytes(err), StandardCharsets.UTF_8);
    return text.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no message").strip();
  }
}
