package org.foiapipeline.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThreadGrouperTest {
  private final ThreadGrouper grouper = new ThreadGrouper();

  @Test
  void replyAndForwardPrefixesAreDroppedFromTheSubjectKey() {
    assertThat(SubjectKey.of("RE: Fw: FWD; [EXTERNAL] 287(g) Training - Dakota County (NE)"))
        .isEqualTo("287 g training dakota county ne");
    assertThat(SubjectKey.similar("287 g training dakota county ne", "287 g traininq dakota county ne")).isTrue();
    assertThat(SubjectKey.similar("287 g training dakota county ne", "287 g training bexar county tx")).isFalse();
  }

  @Test
  void chainsWithTheSameSubjectAndAParticipantShareAThread() {
    List<String> ids = grouper.group(List.of(
        new EmailDocument("287 g training dakota county ne", Set.of("j.smith@dakota.example"), Set.of()),
        new EmailDocument("287 g training dakota county ne", Set.of("j.smith@dakota.example", "roe"), Set.of()),
        new EmailDocument("287 g training dakota county ne", Set.of("someone@else.example"), Set.of()),
        new EmailDocument("meeting request bexar county tx", Set.of(), Set.of())));
    assertThat(ids.get(0)).startsWith("thread:").isEqualTo(ids.get(1));
    assertThat(ids.get(2)).isEqualTo(ThreadGrouper.id("287 g training dakota county ne"));
    assertThat(ids.get(3)).isNotEqualTo(ids.get(0));
  }

  @Test
  void aQuotedMessageJoinsChainsWhoseSubjectsDiffer() {
    List<String> ids = grouper.group(List.of(
        new EmailDocument("bed space", Set.of("smith"), Set.of("2019-03-04|smith")),
        new EmailDocument("detainer for subject", Set.of("jones"), Set.of("2019-03-04|smith", "2019-03-06|jones"))));
    assertThat(ids.get(0)).isEqualTo(ids.get(1));
  }
}
