package org.foiapipeline.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.foiapipeline.resolve.Entity;
import org.junit.jupiter.api.Test;

class NameResolverTest {
  private static final NameResolver RESOLVER = NameResolver.standard();

  private static String id(String name, String state) {
    NameResolution r = RESOLVER.resolve(name, state);
    return r.entity() == null ? r.status().label() : r.entity().id();
  }

  @Test
  void namesAsReportersWriteThemResolveToTheirEntity() {
    assertThat(id("Harris County, TX", null)).isEqualTo("county:48201");
    assertThat(id("Sheriff of Frederick County MD", null)).isEqualTo("county:24021");
    assertThat(id("Dakota Co. Sheriff's Office", "NE")).isEqualTo("county:31043");
    assertThat(id("ERO Houston", null)).isEqualTo("agency:ice");
    assertThat(id("county:31043", "")).isEqualTo("county:31043");
  }

  @Test
  void aNameSharedByCountiesIsAmbiguousWithItsCandidatesByState() {
    NameResolution r = RESOLVER.resolve("Dakota Co. Sheriff's Office", null);
    assertThat(r.status()).isEqualTo(NameResolution.Status.AMBIGUOUS);
    assertThat(r.candidates()).extracting(Entity::state).containsExactly("MN", "NE");
    assertThat(r.reason()).contains("add the state");
  }

  @Test
  void anUnknownNameOrStateIsNotFoundWithTheReason() {
    assertThat(RESOLVER.resolve("Nowhere Land", null).status()).isEqualTo(NameResolution.Status.NOT_FOUND);
    assertThat(RESOLVER.resolve("Harris County", "XX").reason()).contains("not a US state");
    assertThat(RESOLVER.resolve("Harris County TX", "NE").status()).isEqualTo(NameResolution.Status.NOT_FOUND);
    assertThat(RESOLVER.resolve("  ", null).reason()).isEqualTo("empty name");
  }
}
