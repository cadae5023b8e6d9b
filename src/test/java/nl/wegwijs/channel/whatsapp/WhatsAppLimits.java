package nl.wegwijs.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** WhatsApp's published limits, checked on what the app actually posted (written apart from the code that fits them). */
final class WhatsAppLimits {

    private WhatsAppLimits() {
    }

    static int chars(String s) {
        return s.codePointCount(0, s.length());
    }

    static void check(JsonNode m) {
        switch (m.path("type").asString("")) {
            case "text" -> assertThat(chars(m.path("text").path("body").asString())).isBetween(1, 4096);
            case "interactive" -> {
                JsonNode i = m.path("interactive");
                assertThat(chars(i.path("body").path("text").asString())).isBetween(1, 1024);
                if (i.path("type").asString().equals("button")) {
                    assertThat(i.path("action").path("buttons").size()).isBetween(1, 3);
                    i.path("action").path("buttons").forEach(b -> {
                        assertThat(chars(b.path("reply").path("title").asString())).isBetween(1, 20);
                        assertThat(b.path("reply").path("id").asString().length()).isBetween(1, 256);
                    });
                } else {
                    assertThat(i.path("type").asString()).isEqualTo("list");
                    assertThat(chars(i.path("action").path("button").asString())).isBetween(1, 20);
                    int rows = 0;
                    for (JsonNode s : i.path("action").path("sections")) {
                        for (JsonNode r : s.path("rows")) {
                            rows++;
                            assertThat(chars(r.path("title").asString())).isBetween(1, 24);
                            assertThat(chars(r.path("description").asString(""))).isLessThanOrEqualTo(72);
                            assertThat(r.path("id").asString().length()).isBetween(1, 200);
                        }
                    }
                    assertThat(rows).isBetween(1, 10);
                }
            }
            case "image", "document", "video" -> {
                JsonNode media = m.path(m.path("type").asString());
                assertThat(media.path("id").asString("")).as("media sent by id").isNotBlank();
                assertThat(chars(media.path("caption").asString(""))).isLessThanOrEqualTo(1024);
            }
            case "audio" -> assertThat(m.path("audio").has("caption")).as("audio has no caption").isFalse();
            default -> {
            }
        }
    }
}
