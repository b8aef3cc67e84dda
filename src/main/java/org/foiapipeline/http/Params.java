package org.foiapipeline.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.foiapipeline.contacts.ContactKind;
import org.foiapipeline.index.Filters;
import org.foiapipeline.index.IndexView;
import org.foiapipeline.resolve.Entity;

/**
 * Reads and checks request parameters. Every check that fails throws {@link IllegalArgumentException} with a
 * message naming the parameter, which the server turns into a 400.
 */
final class Params {
  /** A document id: the SHA-256 of its bytes in lowercase hex. */
  static final Pattern DOCUMENT_ID = Pattern.compile("[0-9a-f]{64}");
  /** Default number of hits per request. */
  static final int DEFAULT_LIMIT = 20;
  /** Longest free-text parameter accepted (names, exemption codes); queries have their own limit. */
  static final int MAX_VALUE_CHARS = 200;
  /** Most values one filter may list. */
  static final int MAX_VALUES = 20;

  private static final Pattern STATE = Pattern.compile("[A-Z]{2}");

  private final EntityDirectory directory;

  Params(EntityDirectory directory) {
    this.directory = directory;
  }

  static String documentId(Context ctx) {
    String id = ctx.pathParam("id");
    if (!DOCUMENT_ID.matcher(id).matches()) {
      throw new IllegalArgumentException("document id must be 64 lowercase hex characters (a SHA-256)");
    }
    return id;
  }

  /** A page number in 1..pages. */
  static int pageNumber(String value, int pages) {
    int n = integer("page", value);
    if (n < 1 || n > pages) {
      throw new IllegalArgumentException("page must be between 1 and " + pages + ", got " + n);
    }
    return n;
  }

  static int limit(Context ctx) {
    String value = ctx.queryParam("limit");
    int limit = value == null || value.isBlank() ? DEFAULT_LIMIT : integer("limit", value);
    if (limit < 1 || limit > IndexView.MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + IndexView.MAX_LIMIT + ", got " + limit);
    }
    return limit;
  }

  static int offset(Context ctx, int limit) {
    String value = ctx.queryParam("offset");
    int offset = value == null || value.isBlank() ? 0 : integer("offset", value);
    if (offset < 0 || offset > IndexView.MAX_WINDOW - limit) {
      throw new IllegalArgumentException("offset must be between 0 and " + (IndexView.MAX_WINDOW - limit) + ", got " + offset);
    }
    return offset;
  }

  static boolean flag(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw new IllegalArgumentException(name + " must be true or false, got \"" + cut(value) + "\"");
    };
  }

  static String query(Context ctx) {
    String q = ctx.queryParam("q");
    return q == null ? "" : q;
  }

  /** The search filters of a request; names of agencies and jurisdictions are resolved to ids. */
  Filters filters(Context ctx) {
    Optional<LocalDate> from = date(ctx, "from");
    Optional<LocalDate> to = date(ctx, "to");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException("from (" + from.get() + ") is after to (" + to.get() + ")");
    }
    return new Filters(
        entities(ctx, "agency"), entities(ctx, "jurisdiction"), state(ctx), from, to, kind(ctx),
        text(ctx, "exemption"));
  }

  private List<String> entities(Context ctx, String name) {
    List<String> values = ctx.queryParams(name).stream().filter(v -> !v.isBlank()).toList();
    if (values.size() > MAX_VALUES) {
      throw new IllegalArgumentException("at most " + MAX_VALUES + " " + name + " values, got " + values.size());
    }
    Set<String> ids = new LinkedHashSet<>();
    for (String value : values) {
      ids.addAll(resolve(name, value));
    }
    return new ArrayList<>(ids);
  }

  private List<String> resolve(String name, String value) {
    String v = value.strip();
    if (v.length() > MAX_VALUE_CHARS) {
      throw new IllegalArgumentException(name + " is longer than " + MAX_VALUE_CHARS + " characters");
    }
    if (Directories.ENTITY_ID.matcher(v).matches()) {
      return List.of(v);
    }
    List<String> ids = directory.lookup(v).stream().map(Entity::id).limit(MAX_VALUES).toList();
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("unknown " + name + " \"" + cut(v) + "\": give a name the catalog knows or an id such as county:31043");
    }
    return ids;
  }

  private static Optional<String> state(Context ctx) {
    return text(ctx, "state").map(s -> s.toUpperCase(Locale.ROOT)).map(s -> {
      if (!STATE.matcher(s).matches()) {
        throw new IllegalArgumentException("state must be a two-letter USPS code such as TX, got \"" + cut(s) + "\"");
      }
      return s;
    });
  }

  private static Optional<String> kind(Context ctx) {
    return text(ctx, "kind").map(k -> {
      try {
        return ContactKind.parse(k).label();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("kind must be one of inquiry, application, agreement, training, meeting, other; got \"" + cut(k) + "\"");
      }
    });
  }

  private static Optional<LocalDate> date(Context ctx, String name) {
    return text(ctx, name).map(d -> {
      try {
        return LocalDate.parse(d);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(name + " must be a date as yyyy-mm-dd, got \"" + cut(d) + "\"");
      }
    });
  }

  private static Optional<String> text(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    if (value.length() > MAX_VALUE_CHARS) {
      throw new IllegalArgumentException(name + " is longer than " + MAX_VALUE_CHARS + " characters");
    }
    return Optional.of(value.strip());
  }

  private static int integer(String name, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got \"" + cut(value) + "\"");
    }
  }

  /** Echoes user input in messages only in short form. */
  static String cut(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
