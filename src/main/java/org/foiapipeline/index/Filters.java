package org.foiapipeline.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Filters that narrow a search or a contact table. Empty means "no filter".
 *
 * @param agencies agency ids, any of which must be present
 * @param jurisdictions jurisdiction ids (county:, place:, state:), any of which must be present
 * @param state USPS state code
 * @param from earliest document (or contact) date, inclusive
 * @param to latest date, inclusive
 * @param kind contact kind label
 * @param exemption exemption code as normalised, e.g. {@code (b)(6)}
 * @param redactedAbove pages whose redacted share (0-1) is above this (pages only; contacts ignore it)
 */
public record Filters(
    List<String> agencies,
    List<String> jurisdictions,
    Optional<String> state,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> kind,
    Optional<String> exemption,
    Optional<Double> redactedAbove) {
  public Filters {
    agencies = List.copyOf(agencies);
    jurisdictions = List.copyOf(jurisdictions);
    redactedAbove = redactedAbove == null ? Optional.empty() : redactedAbove;
  }

  /** Filters without a redacted-share bound. */
  public Filters(
      List<String> agencies, List<String> jurisdictions, Optional<String> state, Optional<LocalDate> from,
      Optional<LocalDate> to, Optional<String> kind, Optional<String> exemption) {
    this(agencies, jurisdictions, state, from, to, kind, exemption, Optional.empty());
  }

  /** These filters, keeping only pages whose redacted share is above {@code share}. */
  public Filters withRedactedAbove(double share) {
    return new Filters(agencies, jurisdictions, state, from, to, kind, exemption, Optional.of(share));
  }

  public static final Filters NONE =
      new Filters(List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
