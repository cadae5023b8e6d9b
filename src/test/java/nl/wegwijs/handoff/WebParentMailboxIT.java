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

        var fetched = get("?conversationId=web-h1");
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.language()).isEqualTo("tr");
        assertThat(fetched.allText()).contains("Yusuf").contains("Yusuf: Merhaba, ben Yusuf.");
        assertThat(get("?conversationId=web-h1").body().path("messages").size()).as("handed over once").isZero();

        assertThat(get("").status()).isEqualTo(400);
        assertThat(get("?conversationId=" + "x".repeat(65)).status()).isEqualTo(400);
    }
}
