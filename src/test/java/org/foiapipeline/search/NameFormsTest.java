package org.foiapipeline.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.foiapipeline.resolve.EntityCatalog;
import org.junit.jupiter.api.Test;

class NameFormsTest {
  private final EntityCatalog catalog = EntityCatalog.standard();

  @Test
  void aTrailingStateCodeOrNameIsSplitOff() {
    assertThat(NameForms.splitState("Sheriff of Frederick County MD", catalog::state).name()).isEqualTo("Sheriff of Frederick County");
    assertThat(NameForms.splitState("Sheriff of Frederick County MD", catalog::state).state()).hasValueSatisfying(s -> assertThat(s.code()).isEqualTo("MD"));
    assertThat(NameForms.splitState("Harris County, Texas", catalog::state).state()).hasValueSatisfying(s -> assertThat(s.code()).isEqualTo("TX"));
    assertThat(NameForms.splitState("Dona Ana County New Mexico", catalog::state).name()).isEqualTo("Dona Ana County");
  }

  @Test
  void aLowerCaseTwoLetterWordIsNotAState() {
    assertThat(NameForms.splitState("Police of Springfield in", catalog::state).state()).isEmpty();
  }

  @Test
  void misspeltOfficeWordsAreCorrectedAndNamesLeftAlone() {
    assertThat(NameForms.correct("Montgomery Cuonty Sherrif")).isEqualTo("Montgomery County Sheriff");
    assertThat(NameForms.correct("Harris Cnty. Sheriff's Ofice")).isEqualTo("Harris County Sheriff's Office");
    assertThat(NameForms.correct("Coconino County")).isEqualTo("Coconino County");
  }
}
