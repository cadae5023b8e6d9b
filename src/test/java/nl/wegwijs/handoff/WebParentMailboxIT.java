package nl.wegwijs.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Set;
import nl.wegwijs.support.ChatApiClient;
import org.junit.jupiter.api.Test;

/** A web parent in a handoff: the intermediary's words wait on the server until the page fetches them. */
class WebParentMailboxIT extends WebHandoffContext {

    ChatApiClient.Response get(String query) {
        ChatApiClient api = new ChatApiClient(port);
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/chat/messages" + query)).GET().build());
    }

    @Test
    void thePageFetchesTheIntermediarysWordsOnceInTheChatShape() {
        registry.save(new Intermediary("yusuf", "Yusuf", "sawa", 7777, Set.of("tr"), Set.of("*"), Availability.parse("always"),
                Delivery.PRIVATE, false, false, 3), IntermediaryRegistry.Source.ADMIN);
        var api = new ChatApiClient(port);
        api.button("web-h1", "lang:tr");
        var consent = api.text("web-h1", "biriyle konuşmak istiyorum");
        assertThat(consent.allText()).contains("Evet, ilet");
        var queued = api.button("web-h1", "ho:yes");
        assertThat(queued.status()).isEqualTo(200);
        assertThat(queued.raw()).contains("cmd:stop");

        String claim = intermediaries.to(7777).get(0).buttons().get(0).value();
        desk.handle(new IntermediaryMessage(7777, null, 7777, true, true, claim));
        desk.handle(new IntermediaryMessage(7777, null, 7777, true, false, "Merhaba, ben Yusuf."));

        String issued = api.idOf("web-h1");
        assertThat(issued).as("the server issued the id").startsWith("w-").isNotEqualTo("web-h1");
        // Whoever guesses or forges an id reads nothing, learns nothing, and takes nothing away.
        var guessed = get("?conversationId=web-h1");
        String forged = issued.substring(0, issued.length() - 2) + (issued.endsWith("AA") ? "BB" : "AA");
        var tampered = get("?conversationId=" + forged);
        assertThat(guessed.status()).isEqualTo(404);
        assertThat(tampered.raw()).isEqualTo(guessed.raw()).doesNotContain("tr").doesNotContain("Yusuf");

        var fetched = get("?conversationId=" + issued);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.language()).isEqualTo("tr");
        assertThat(fetched.allText()).contains("Yusuf").contains("Yusuf: Merhaba, ben Yusuf.");
        assertThat(get("?conversationId=" + issued).body().path("messages").size()).as("handed over once").isZero();

        assertThat(get("").status()).isEqualTo(400);
        assertThat(get("?conversationId=" + "x".repeat(65)).status()).isEqualTo(400);
    }
}
