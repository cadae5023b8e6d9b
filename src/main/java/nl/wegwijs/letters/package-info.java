/**
 * Photographed and scanned letters, read (OCR behind the {@link nl.wegwijs.letters.Ocr} port, tess4j
 * only in {@code letters.tesseract}) and explained through the pipeline. Channels call it
 * ({@link nl.wegwijs.letters.Letters}) or implement its ports; it knows no channel.
 */
@ApplicationModule(allowedDependencies = {"conversation", "language"})
package nl.wegwijs.letters;

import org.springframework.modulith.ApplicationModule;
