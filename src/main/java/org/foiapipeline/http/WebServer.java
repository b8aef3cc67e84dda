package org.foiapipeline.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.nio.file.Path;
import org.foiapipeline.index.IndexReaderPort;
import org.foiapipeline.resolve.EntityNames;

/**
 * The {@code foia serve} HTTP server: the JSON API under {@code /api/} and the web UI from the jar. Read-only on the
 * index; every API request first picks up the latest commit, so documents an ingest adds appear without a restart.
 * Errors are JSON ({@code {"error": ...}}): 400 for bad input, 404 for what does not exist, 500 without details.
 */
public final class WebServer implements AutoCloseable {
  /** Where the UI lives on the class path. */
  static final String WEB_ROOT = "/org/foiapipeline/http/web";
  /** The UI loads only its own scripts, styles and images: a second line of defence against injected markup. */
  static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
      + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final Javalin app;
  private final PageImages images;

  private WebServer(Javalin app, PageImages images) {
    this.app = app;
    this.images = images;
  }

  /**
   * Starts serving.
   *
   * @param base the folder relative document paths are resolved against when rendering page images
   * @param port 0 picks a free port; see {@link #port()}
   */
  public static WebServer start(
      IndexReaderPort view, EntityDirectory directory, EntityNames names, Path base, String host, int port) {
    PageImages images = new PageImages(base);
    Javalin app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.http.maxRequestSize = 64 * 1024;
      cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrors()));
      cfg.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = WEB_ROOT;
        sf.location = Location.CLASSPATH;
      });
      cfg.routes.before(ctx -> secure(ctx));
      cfg.routes.before("/api/*", ctx -> view.refresh());
      routes(cfg, view, directory, names, images);
      errors(cfg);
    });
    try {
      app.start(host, port);
    } catch (RuntimeException e) {
      images.close();
      throw e;
    }
    return new WebServer(app, images);
  }

  private static void routes(JavalinConfig cfg, IndexReaderPort view, EntityDirectory directory, EntityNames names, PageImages images) {
    Params params = new Params(directory);
    SearchRoutes search = new SearchRoutes(view, params, names);
    DocumentRoutes documents = new DocumentRoutes(view, names, images);
    EntityRoutes entities = new EntityRoutes(view, directory, names);
    ContactRoutes contacts = new ContactRoutes(view, params, names);
    cfg.routes.get("/api/search", search::search);
    cfg.routes.get("/api/facets", search::facets);
    cfg.routes.get("/api/documents/{id}", documents::document);
    cfg.routes.get("/api/documents/{id}/pages/{n}", documents::page);
    cfg.routes.get("/api/entities", entities::candidates);
    cfg.routes.get("/api/entities/{id}", entities::entity);
    cfg.routes.get("/api/contacts", contacts::contacts);
    DuplicateRoutes duplicates = new DuplicateRoutes(view);
    cfg.routes.get("/api/documents/{id}/copies", duplicates::copies);
    cfg.routes.get("/api/diff", duplicates::diff);
    cfg.routes.get("/api/thread/{id}", new ThreadRoutes(view)::thread);
  }

  private static void secure(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
  }

  private static void errors(JavalinConfig cfg) {
    cfg.routes.exception(IllegalArgumentException.class,
        (e, ctx) -> Json.error(ctx, 400, e.getMessage() == null ? "bad request" : e.getMessage()));
    cfg.routes.exception(NotFound.class, (e, ctx) -> Json.error(ctx, 404, e.getMessage()));
    cfg.routes.exception(HttpResponseException.class, (e, ctx) -> Json.error(ctx, e.getStatus(), reason(e.getStatus())));
    cfg.routes.exception(IOException.class, (e, ctx) -> Json.error(ctx, 500, "the index could not be read; try again"));
    cfg.routes.exception(Exception.class, (e, ctx) -> Json.error(ctx, 500, "internal error"));
    cfg.routes.error(404, "*", ctx -> {
      String type = ctx.res().getContentType();
      if (type == null || !type.startsWith("application/json")) {
        Json.error(ctx, 404, "not found: " + Params.cut(ctx.path()));
      }
    });
  }

  private static String reason(int status) {
    return switch (status) {
      case 404 -> "not found";
      case 405 -> "method not allowed: the API is read-only";
      case 413 -> "request too large";
      default -> "request failed";
    };
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      images.close();
    }
  }
}
