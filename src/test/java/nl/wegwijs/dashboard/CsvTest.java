package nl.wegwijs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesSeparatorsQuotesAndLineBreaks() {
        assertThat(new Csv().row("a,b", "zei \"hoi\"", "twee\nregels", 5).toString())
                .isEqualTo("\uFEFF\"a,b\",\"zei \"\"hoi\"\"\",\"twee\nregels\",5\r\n");
    }

    @Test
    void defusesTextThatASpreadsheetWouldRunAsAFormula() {
        assertThat(Csv.cell("=HYPERLINK(\"http://evil\")")).startsWith("\"'=");
        assertThat(Csv.cell("+31 20 123")).isEqualTo("'+31 20 123");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell(-3)).as("numbers stay numbers").isEqualTo("-3");
    }
}
