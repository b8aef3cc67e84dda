package org.foiapipeline.corpus;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One email thread of a merged release: its topic, the local party, and the time and direction of every
 * message. A release may print the thread several times, each printing showing the first {@code m} messages
 * newest first, as agencies release every copy of a growing chain. A message reads the same in every
 * printing: it is composed from its own seed.
 */
final class ThreadPlan {
  private final Scene scene;
  private final long seed;
  private final Topic topic;
  private final EmailKind.Party local;
  private final boolean localFirst;
  private final List<LocalDateTime> times = new ArrayList<>();

  /** Draws a thread of 2 to 5 messages from {@code scene}'s random stream. */
  ThreadPlan(Scene scene) {
    this.scene = scene;
    this.seed = scene.r.nextLong();
    this.topic = scene.pick(List.of(Topic.values()));
    boolean police = scene.chance(0.25) && !scene.county.borough();
    this.local = police ? EmailKind.Party.police(scene) : EmailKind.Party.sheriff(scene);
    this.localFirst = scene.chance(0.6);
    int n = 2 + scene.r.nextInt(4);
    LocalDateTime t = Dates.at(scene.date, scene.r);
    for (int i = 0; i < n; i++) {
      times.add(t);
      t = t.plusHours(2 + scene.r.nextInt(70));
    }
  }

  int size() {
    return times.size();
  }

  LocalDateTime time(int message) {
    return times.get(message);
  }

  boolean fromLocal(int message) {
    return (message % 2 == 0) == localFirst;
  }

  /** The subject line of message {@code i} as printed. */
  String subject(int message) {
    return (message > 0 ? "RE: " : "") + topic.subject + " - " + local.plainName() + " (" + scene.county.state() + ")";
  }

  /** Who sent message {@code i}: the local person's name and address, or ICE (whose names are redacted). */
  String from(int message) {
    return fromLocal(message) ? local.person()[0] + " " + local.person()[1] + " <" + local.email() + ">" : "ICE";
  }

  /** The chain of the first {@code shown} messages, newest first, with the release's page furniture. */
  Draft printing(int shown, Draft.Furniture furniture) {
    Composer c = new Composer(scene.metrics, scene.baseStyle());
    for (int i = shown - 1; i >= 0; i--) {
      if (i < shown - 1) {
        c.gap(6).para().text(i % 2 == 0 ? "-----Original Message-----" : "________________________________");
      }
      Scene own = new Scene(new Random(Seeds.mix(seed + i)), scene.metrics, scene.geography, scene.pool,
          scene.county);
      EmailKind.message(c, own, topic, local, fromLocal(i), times.get(i), i > 0);
    }
    return c.build("email", times.get(shown - 1).toLocalDate(), furniture);
  }
}
