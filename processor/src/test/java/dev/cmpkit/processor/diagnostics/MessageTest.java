package dev.cmpkit.processor.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The diagnostic catalogue: ids unique and in sequence, each documented in docs/diagnostics.md. */
class MessageTest {

    @Test
    void idsRunFromCmp001WithoutGaps() {
        Message[] messages = Message.values();
        for (int i = 0; i < messages.length; i++) {
            assertEquals(String.format("CMP%03d", i + 1), messages[i].id());
        }
    }

    @Test
    void formattedMessageStartsWithItsId() {
        assertEquals(
                "CMP012 Spec.x: @CmpField applies to instance fields, not static ones; remove static",
                Message.STATIC_FIELD.format("Spec.x"));
    }

    @Test
    void everyIdHasASectionInTheDiagnosticsDocument() throws IOException {
        // The module's tests run in processor/, the document is in the repository's docs/.
        Path doc = Path.of("..", "docs", "diagnostics.md");
        String text = Files.readString(doc);
        for (Message message : Message.values()) {
            assertTrue(text.contains("## " + message.id() + " "), message.id() + " missing from " + doc);
            assertTrue(text.contains("| " + message.id() + " |"), message.id() + " missing from the table of " + doc);
        }
    }
}
