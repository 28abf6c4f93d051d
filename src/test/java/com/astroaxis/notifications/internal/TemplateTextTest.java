package com.astroaxis.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TemplateTextTest {

    @Test
    void fillsEveryPlaceholderWithItsValue() {
        var text = TemplateText.parse("Hello {{name}}, your code is {{ code }}. Bye {{name}}!");

        assertThat(text.placeholders()).containsExactly("name", "code");
        assertThat(text.render(Map.of("name", "Ada", "code", "493817"))).isEqualTo("Hello Ada, your code is 493817. Bye Ada!");
    }

    @Test
    void textWithoutPlaceholdersIsKeptAsItIs() {
        assertThat(TemplateText.parse("Plain { text } with } braces").render(Map.of())).isEqualTo("Plain { text } with } braces");
    }

    @Test
    void valuesAreInsertedLiterallyAndNeverRenderedAgain() {
        var text = TemplateText.parse("{{a}}-{{b}}");

        assertThat(text.render(Map.of("a", "{{b}}", "b", "$1\\"))).isEqualTo("{{b}}-$1\\");
    }

    @Test
    void aMissingValueIsNamed() {
        assertThatThrownBy(() -> TemplateText.parse("{{name}} {{code}} {{minutes}}").render(Map.of("name", "Ada")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no value for code, minutes");
    }

    @Test
    void anUnclosedPlaceholderIsAnError() {
        assertThatThrownBy(() -> TemplateText.parse("Hello {{name"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never closed");
    }

    @Test
    void aPlaceholderMustBeAName() {
        assertThatThrownBy(() -> TemplateText.parse("Hello {{first name}}")).hasMessageContaining("not a placeholder name");
        assertThatThrownBy(() -> TemplateText.parse("Hello {{}}")).hasMessageContaining("not a placeholder name");
    }
}
