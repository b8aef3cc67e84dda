package org.foiapipeline.http;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.foiapipeline.export.DocumentRecord;

/**
 * Renders PDF pages to PNG for the document view, with a bounded in-memory cache. The file is found from the
 * index record's own paths (a zip member as {@code release.zip!/member.pdf}), never from a request, and is
 * rendered only when its bytes still hash to the document id.
 */
final class PageImages implements AutoCloseable {
  /** Rendering resolution. */
  static final float DPI = 100f;
  /** Longest side of a rendered page, so an oversized page cannot exhaust memory. */
  static final int MAX_PIXELS = 2_000;
  /** Largest source file read for rendering. */
  static final long MAX_SOURCE_BYTES = 256L * 1024 * 1024;
  /** Bytes of PNG kept in the cache. */
  static final long CACHE_BYTES = 64L * 1024 * 1024;

  private final Path base;
  private final Semaphore renders = new Semaphore(2);
  /** Renders the page after the one asked for, so paging through a scanned release does not wait; bounded, lossy. */
  private final ThreadPoolExecutor prefetch =
      new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4), PageImages::daemon,
          new ThreadPoolExecutor.DiscardPolicy());
  private final LinkedHashMap<String, byte[]> cache = new LinkedHashMap<>(64, 0.75f, true);
  private final Map<String, Stamp> verified = new HashMap<>();
  private final ConcurrentHashMap<String, CompletableFuture<byte[]>> inflight = new ConcurrentHashMap<>();
  private long cached;

  /** A plain file already seen to hash to its document id, as it was then: unchanged files are not hashed again. */
  private record Stamp(Path file, long size, long modified) {
    static Stamp of(Path file) throws IOException {
      return new Stamp(file, Files.size(file), Files.getLastModifiedTime(file).toMillis());
    }

    boolean isCurrent() {
      try {
        return equals(of(file));
      } catch (IOException e) {
        return false;
      }
    }
  }

  /** @param base the folder relative record paths are resolved against (where ingest ran) */
  PageImages(Path base) {
    this.base = base;
  }

  /** Whether the document is a PDF the server can render. */
  static boolean renderable(DocumentRecord record) {
    return record.path().toLowerCase(Locale.ROOT).endsWith(".pdf");
  }

  /** The PNG of a page; throws {@link NotFound} when the document is no PDF or its file is gone or changed. */
  byte[] png(DocumentRecord record, int page) throws IOException, InterruptedException {
    if (!renderable(record)) {
      throw new NotFound("document " + record.id() + " is not a PDF: no page image");
    }
    byte[] png = cachedOrRendered(record, page);
    if (page < record.pages() && get(record.id() + "/" + (page + 1)) == null) {
      prefetch.execute(() -> prefetched(record, page + 1));
    }
    return png;
  }

  /** A page from the cache, from a render already running (a prefetch, another request), or rendered now. */
  private byte[] cachedOrRendered(DocumentRecord record, int page) throws IOException, InterruptedException {
    String key = record.id() + "/" + page;
    byte[] hit = get(key);
    if (hit != null) {
      return hit;
    }
    CompletableFuture<byte[]> mine = new CompletableFuture<>();
    CompletableFuture<byte[]> running = inflight.putIfAbsent(key, mine);
    if (running != null) {
      return await(running);
    }
    try {
      byte[] png = renderNow(record, page);
      put(key, png);
      mine.complete(png);
      return png;
    } catch (IOException | RuntimeException | InterruptedException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inflight.remove(key);
    }
  }

  private byte[] renderNow(DocumentRecord record, int page) throws IOException, InterruptedException {
    renders.acquire();
    try {
      return render(open(record), page);
    } finally {
      renders.release();
    }
  }

  private static byte[] await(CompletableFuture<byte[]> running) throws IOException, InterruptedException {
    try {
      return running.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException("page rendering failed", e.getCause());
    }
  }

  private void prefetched(DocumentRecord record, int page) {
    try {
      cachedOrRendered(record, page);
    } catch (IOException | RuntimeException e) {
      // a prefetch that fails is simply not cached; the request for that page reports the problem
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "foia-page-prefetch");
    t.setDaemon(true);
    return t;
  }

  @Override
  public void close() {
    prefetch.shutdownNow();
  }

  private byte[] render(PDDocument opened, int page) throws IOException {
    try (PDDocument doc = opened) {
      if (page < 1 || page > doc.getNumberOfPages()) {
        throw new NotFound("page " + page + " is not in the PDF");
      }
      PDRectangle box = doc.getPage(page - 1).getCropBox();
      float longest = Math.max(box.getWidth(), box.getHeight()) / 72f * DPI;
      float dpi = longest > MAX_PIXELS ? DPI * MAX_PIXELS / longest : DPI;
      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page - 1, dpi, ImageType.RGB);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    }
  }

  /** Opens the first of the record's paths that still holds the document. */
  private PDDocument open(DocumentRecord record) throws IOException {
    Stamp known = knownStamp(record.id());
    if (known != null && known.isCurrent()) {
      return Loader.loadPDF(known.file().toFile());
    }
    List<String> paths = record.paths() == null || record.paths().isEmpty() ? List.of(record.path()) : record.paths();
    for (String path : paths) {
      Optional<byte[]> bytes = read(path);
      if (bytes.isPresent() && sha256(bytes.get()).equals(record.id())) {
        if (!path.contains("!/")) {
          remember(record.id(), Stamp.of(base.resolve(path)));
        }
        return Loader.loadPDF(bytes.get());
      }
    }
    throw new NotFound("the source file of document " + record.id() + " is no longer where it was ingested");
  }

  private Optional<byte[]> read(String recorded) throws IOException {
    int bang = recorded.indexOf("!/");
    Path file = base.resolve(bang < 0 ? recorded : recorded.substring(0, bang));
    if (!Files.isRegularFile(file) || Files.size(file) > MAX_SOURCE_BYTES) {
      return Optional.empty();
    }
    if (bang < 0) {
      return Optional.of(Files.readAllBytes(file));
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry entry = zip.getEntry(recorded.substring(bang + 2));
      if (entry == null || entry.getSize() > MAX_SOURCE_BYTES) {
        return Optional.empty();
      }
      try (InputStream in = zip.getInputStream(entry)) {
        byte[] bytes = in.readNBytes((int) MAX_SOURCE_BYTES + 1);
        return bytes.length > MAX_SOURCE_BYTES ? Optional.empty() : Optional.of(bytes);
      }
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private synchronized Stamp knownStamp(String id) {
    return verified.get(id);
  }

  private synchronized void remember(String id, Stamp stamp) {
    verified.put(id, stamp);
  }

  private synchronized byte[] get(String key) {
    return cache.get(key);
  }

  private synchronized void put(String key, byte[] png) {
    if (png.length > CACHE_BYTES / 4 || cache.containsKey(key)) {
      return;
    }
    cache.put(key, png);
    cached += png.length;
    var eldest = cache.entrySet().iterator();
    while (cached > CACHE_BYTES && eldest.hasNext()) {
      Map.Entry<String, byte[]> e = eldest.next();
      cached -= e.getValue().length;
      eldest.remove();
    }
  }
}
