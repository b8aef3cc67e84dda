package org.foiapipeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextLayerQualityTest {
  private final TextLayerQuality quality = TextLayerQuality.standard();

  @ParameterizedTest
  @ValueSource(strings = {
      "(56@ !2:<?.;1B: 4?.;A21 B;12? A56@ !# A52F :B@A @B002@@3B99F 0<:=92A2 :.;1.A<?F A?.6;6;4 <; ?292C.;A",
      "6LJQDWXUH 'DWH )RU,&( 7LWOHBBBBBBBB 'LUHFWRU ,PPLJUDWLRQ DQG&XVWRPV(QIRUFHPHQW )RUWKH/($",
      "Tbe Xvqzm qrtq plnwk fjorp twq vbnm kjh zxcv qwe rty",
      "~~| |}{ }{| #%& @@!! ^^** ab"})
  void garbageTextLayersAreGarbled(String text) {
    assertThat(quality.assess(text).garbled()).as(text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "This Memorandum of Agreement constitutes an agreement between United States Immigration and Customs"
          + " Enforcement, a component of the Department of Homeland Security, and the Calhoun County Sheriff's"
          + " Office, pursuant to which ICE delegates to nominated, trained, and certified personnel.",
      "For the LEA: _O_k_la_h_om_a_ _St_a_te_ B_u_re_a_u _of_ I_nv_e_st_ig_at_io_n_ ______________ Steven Carter,"
          + " Interim Director ___________________ ___________________",
      "Signature: Date: 03/07/2025 Revised 02/14/2025 287(g) (b)(6) (b)(7)(C)",
      "March 5, 2025 Acting Director"})
  void realSentencesAreNotGarbled(String text) {
    assertThat(quality.assess(text).garbled()).as(text).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "12", "- 3 -", "287(g)"})
  void textWithoutWordsIsNotJudgedGarbled(String text) {
    assertThat(quality.assess(text).garbled()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"agreements", "Delegated", "training", "Sheriff's", "officers", "certified", "policies"})
  void inflectedListWordsAreKnown(String word) {
    assertThat(quality.isKnown(word)).isTrue();
  }
}
