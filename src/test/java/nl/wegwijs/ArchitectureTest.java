package nl.wegwijs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Telegram, WhatsApp and LLM libraries stay in their adapters; the features know only their own ports. */
@AnalyzeClasses(packages = "nl.wegwijs", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule telegramOnlyInItsAdapter = noClasses()
            .that().resideOutsideOfPackage("nl.wegwijs.channel.telegram..")
            .should().dependOnClassesThat().resideInAPackage("org.telegram..")
            .because("only the Telegram adapter may know Telegram's types");

    @ArchTest
    static final ArchRule whatsAppOnlyInItsAdapter = noClasses()
            .that().resideOutsideOfPackage("nl.wegwijs.channel.whatsapp..")
            .should().dependOnClassesThat().resideInAPackage("nl.wegwijs.channel.whatsapp..")
            .because("only the WhatsApp adapter may know WhatsApp's types (webhook JSON, Graph API calls, its limits)");

    @ArchTest
    static final ArchRule langchainOnlyInItsAdapter = noClasses()
            .that().resideOutsideOfPackage("nl.wegwijs.llm..")
            .should().dependOnClassesThat().resideInAPackage("dev.langchain4j..")
            .because("only the llm adapter may know langchain4j");

    @ArchTest
    static final ArchRule ocrOnlyInItsAdapter = noClasses()
            .that().resideOutsideOfPackage("nl.wegwijs.letters.tesseract..")
            .should().dependOnClassesThat().resideInAnyPackage("net.sourceforge.tess4j..", "net.sourceforge.lept4j..",
                    "com.recognition.software.jdeskew..", "com.sun.jna..")
            .because("only the OCR adapter may know tess4j; the letters feature knows its Ocr port");

    @ArchTest
    static final ArchRule featuresDoNotReachIntoChannels = noClasses()
            .that().resideOutsideOfPackage("nl.wegwijs.channel..")
            .should().dependOnClassesThat().resideInAPackage("nl.wegwijs.channel..")
            .because("channels call the features, never the other way round");

    @ArchTest
    static final ArchRule conversationKnowsNoFeature = noClasses()
            .that().resideInAPackage("nl.wegwijs.conversation..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.wegwijs.knowledge..", "nl.wegwijs.safety..",
                    "nl.wegwijs.handoff..", "nl.wegwijs.insights..", "nl.wegwijs.llm..", "nl.wegwijs.dashboard..")
            .because("features plug into the pipeline as steps and listen to its events");

    @ArchTest
    static final ArchRule channelsDoNotTouchTheDatabase = noClasses()
            .that().resideInAPackage("nl.wegwijs.channel..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
            .because("channels are thin edges");
}
