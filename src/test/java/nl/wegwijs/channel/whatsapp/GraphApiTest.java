package nl.wegwijs.channel.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import nl.wegwijs.support.FakeWhatsApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Graph API client against the fake: media downloads, and which failures are retried how often. */
class GraphApiTest {

    static final FakeWhatsApp whatsapp = new FakeWhatsApp();
    static final WhatsAppProperties properties = new WhatsAppProperties(FakeWhatsApp.ACCESS_TOKEN, FakeWhatsApp.PHONE_NUMBER_ID,
            "secret", "verify", whatsapp.server().baseUrl() + FakeWhatsApp.VERSION, "wegwijs_new_message", List.of("nl"),
            Duration.ofHours(24), 3, Duration.ofMillis(10), Duration.ofSeconds(2));
    final GraphApi api = new GraphApi(properties);

    @AfterAll
    static void stop() {
        whatsapp.close();
    }

    @BeforeEach
    void reset() {
        whatsapp.server().resetRequests();
    }

    @Test
    void downloadsAPhotoByItsMediaIdWithTheAccessToken() {
        whatsapp.media("PHOTO1", "image/jpeg", new byte[] {7, 8, 9});
        GraphApi.Media media = api.download("PHOTO1");
        assertThat(media.mimeType()).isEqualTo("image/jpeg");
        assertThat(media.bytes()).containsExactly(7, 8, 9);
        assertThat(whatsapp.server().findAll(getRequestedFor(urlEqualTo("/lookaside/PHOTO1"))))
                .singleElement().satisfies(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + FakeWhatsApp.ACCESS_TOKEN));
    }

    @Test
    void retriesServerErrorsUpToTheLimitThenGivesUp() {
        whatsapp.failNext(500, 5);
        assertThatThrownBy(() -> api.postWithRetry(WhatsAppMessages.text("31600000009", "hallo")))
                .isInstanceOf(GraphApiException.class).hasMessageContaining("500");
        assertThat(whatsapp.server().findAll(postRequestedFor(urlEqualTo(FakeWhatsApp.messagesPath())))).hasSize(3);
    }

    @Test
    void doesNotRetryARefusal() {
        var refusal = whatsapp.server().stubFor(post(urlEqualTo(FakeWhatsApp.messagesPath())).atPriority(1).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"code\":131026}}")));
        try {
            assertThatThrownBy(() -> api.postWithRetry(WhatsAppMessages.text("31600000010", "hallo")))
                    .isInstanceOfSatisfying(GraphApiException.class, e -> assertThat(e.code()).isEqualTo(131026));
            assertThat(whatsapp.server().findAll(postRequestedFor(urlEqualTo(FakeWhatsApp.messagesPath())))).hasSize(1);
            assertThat(WhatsAppSender.failed(new GraphApiException("x", 400, 131026, null)).reason())
                    .isEqualTo(nl.wegwijs.handoff.DeliveryFailed.Reason.UNREACHABLE);
        } finally {
            whatsapp.server().removeStub(refusal);
        }
    }

    @Test
    void aFileLargerThanAllowedIsRefusedByItsSizeWithoutDownloadingIt() {
        whatsapp.media("BIG1", "image/jpeg", new byte[2000]);
        assertThatThrownBy(() -> api.download("BIG1", 1000)).isInstanceOf(GraphApi.TooLarge.class);
        assertThat(whatsapp.server().findAll(getRequestedFor(urlEqualTo("/lookaside/BIG1")))).isEmpty();
        assertThat(api.download("BIG1", 2000).bytes()).hasSize(2000);
    }

    @Test
    void aFileWhoseStatedSizeLiesIsStoppedOneByteAfterTheLimit() {
        whatsapp.media("LIAR1", "image/jpeg", new byte[2001]);
        whatsapp.server().stubFor(get(urlEqualTo(FakeWhatsApp.VERSION + "/LIAR1")).atPriority(1)
                .willReturn(okJson("{\"url\":\"" + whatsapp.server().baseUrl() + "/lookaside/LIAR1\",\"mime_type\":\"image/jpeg\",\"file_size\":10}")));
        assertThatThrownBy(() -> api.download("LIAR1", 2000)).isInstanceOf(GraphApi.TooLarge.class);
        assertThat(api.download("LIAR1", 2001).bytes()).hasSize(2001);
    }

    @Test
    void uploadsAFileAsMultipartAndGetsItsMediaId() {
        String id = api.upload(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2}, "image/jpeg", "foto.jpg");
        assertThat(id).startsWith("UP");
        String body = whatsapp.uploads().get(0).getBodyAsString();
        assertThat(whatsapp.uploads().get(0).getHeader("Content-Type")).startsWith("multipart/form-data");
        assertThat(whatsapp.uploads().get(0).getHeader("Authorization")).isEqualTo("Bearer " + FakeWhatsApp.ACCESS_TOKEN);
        assertThat(body).contains("name=\"messaging_product\"").contains("whatsapp").contains("name=\"type\"")
                .contains("filename=\"foto.jpg\"").contains("image/jpeg");
    }

    @Test
    void aFileIsSentAsWhatWhatsAppWillTakeJudgedByItsBytes() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0};
        byte[] pdf = "%PDF-1.7".getBytes();
        byte[] ogg = "OggS....".getBytes();
        byte[] mp4 = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'};
        var photo = nl.wegwijs.conversation.Attachment.Type.PHOTO;
        assertThat(WhatsAppSender.Upload.of(photo, jpeg)).isEqualTo(new WhatsAppSender.Upload("image", "image/jpeg", "foto.jpg"));
        assertThat(WhatsAppSender.Upload.of(nl.wegwijs.conversation.Attachment.Type.DOCUMENT, pdf))
                .isEqualTo(new WhatsAppSender.Upload("document", "application/pdf", "bestand.pdf"));
        assertThat(WhatsAppSender.Upload.of(nl.wegwijs.conversation.Attachment.Type.VOICE, ogg).whatsAppType()).isEqualTo("audio");
        assertThat(WhatsAppSender.Upload.of(nl.wegwijs.conversation.Attachment.Type.VIDEO, mp4).whatsAppType()).isEqualTo("video");
        assertThat(WhatsAppSender.Upload.of(photo, pdf).whatsAppType()).as("not an image after all").isEqualTo("document");
    }
}
