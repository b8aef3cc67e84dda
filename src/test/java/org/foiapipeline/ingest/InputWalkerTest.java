package org.foiapipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {
  @TempDir Path dir;

  @Test
  void officeFilesAreDocumentsWhileZipsAreOpenedMemberByMember() throws Exception {
    byte[] zip = zip("word/document.xml");
    Files.write(dir.resolve("letter.docx"), zip);
    Files.write(dir.resolve("sheet.XLSX"), zip);
    Files.write(dir.resolve("release.zip"), zip);
    Files.write(dir.resolve("release.pdf"), zip);
    Files.write(dir.resolve("empty.zip"), zipWithFolderOnly());
    List<String> seen = new ArrayList<>();

    new InputWalker(new ZipInputs(dir.resolve("tmp"), 1 << 20)).walk(List.of(dir), input -> {
      seen.add(dir.relativize(Path.of(input.path().split("!/")[0])) + (input.path().contains("!/") ? "!/" + input.path().split("!/", 2)[1] : "") + " " + input.status().label());
      ZipInputs.delete(input);
    });

    assertThat(seen).containsExactly(
        "empty.zip empty", "letter.docx ok", "release.pdf!/word/document.xml ok",
        "release.zip!/word/document.xml ok", "sheet.XLSX ok");
  }

  private static byte[] zip(String member) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.putNextEntry(new ZipEntry(member));
      out.write("<w:document/>".getBytes());
      out.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static byte[] zipWithFolderOnly() throws IOException {
    return zip("folder/");
  }
}
