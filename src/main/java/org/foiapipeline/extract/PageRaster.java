package org.foiapipeline.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * One page of an input file as a grayscale image, for OCR'ing it again: a PDF page rendered at a given
 * resolution, or a frame of an image file (PNG, JPEG, TIFF) at its own resolution. Obeys the pixel limit.
 */
public final class PageRaster {
  private final Limits limits;

  public PageRaster(Limits limits) {
    this.limits = limits;
  }

  /**
   * @param name the file's name as the user knows it (its extension is a hint to the type)
   * @param page 1-based page number
   * @param dpi resolution a PDF page is rendered at; image frames keep their own
   * @throws IOException with a readable message when the file is not readable, the page does not exist, or
   *     the image would exceed {@link Limits#maxImagePixels()}
   */
  public BufferedImage render(Path file, String name, int page, int dpi) throws IOException {
    String type = FileTypes.detect(file, name);
    if (type.equals(FileTypes.PDF)) {
      return pdfPage(file, page, dpi);
    }
    if (FileTypes.isImage(type)) {
      return Gray.of(frame(file, page));
    }
    throw new IOException(name + " is " + type + ": only PDF and image pages are OCR'd");
  }

  private BufferedImage pdfPage(Path file, int page, int dpi) throws IOException {
    try (PDDocument document = Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
      if (page < 1 || page > document.getNumberOfPages()) {
        throw new IOException("the PDF has " + document.getNumberOfPages() + " pages, no page " + page);
      }
      PDRectangle box = document.getPage(page - 1).getCropBox();
      double scale = dpi / 72.0;
      checkPixels(Math.round(box.getWidth() * scale) * Math.round(box.getHeight() * scale));
      PDFRenderer renderer = new PDFRenderer(document);
      renderer.setSubsamplingAllowed(false);
      return renderer.renderImageWithDPI(page - 1, dpi, ImageType.GRAY);
    } catch (RuntimeException e) {
      throw new IOException("page " + page + " could not be rendered: " + e.getMessage(), e);
    }
  }

  private BufferedImage frame(Path file, int page) throws IOException {
    if (!Files.isReadable(file)) {
      throw new IOException("cannot read " + file);
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new IOException("not a readable image");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        int frames = reader.getNumImages(true);
        if (page < 1 || page > frames) {
          throw new IOException("the image has " + frames + " pages, no page " + page);
        }
        checkPixels((long) reader.getWidth(page - 1) * reader.getHeight(page - 1));
        return reader.read(page - 1);
      } finally {
        reader.dispose();
      }
    }
  }

  private void checkPixels(long pixels) throws IOException {
    if (pixels > limits.maxImagePixels()) {
      throw new IOException("image too large: " + pixels + " pixels, over the limit of " + limits.maxImagePixels());
    }
  }
}
