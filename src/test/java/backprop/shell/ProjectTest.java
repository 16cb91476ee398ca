package backprop.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which classes the snippets see, wherever the companion was started from. */
class ProjectTest {

    @Test
    void fromTheClassesFolderSnippetsSeeThatFolder(@TempDir Path target) throws IOException {
        Path classes = Files.createDirectories(target.resolve("classes"));
        Files.createFile(target.resolve("backprop-companion.jar"));
        assertEquals(List.of(classes), Project.snippetClassPath(classes));
    }

    @Test
    void fromTheCompanionsJarSnippetsSeeThePlainJarBesideIt(@TempDir Path target) throws IOException {
        Path all = Files.createFile(target.resolve("backprop-companion-all.jar"));
        Path plain = Files.createFile(target.resolve("backprop-companion.jar"));
        assertEquals(List.of(plain), Project.snippetClassPath(all));
    }

    @Test
    void withoutThePlainJarSnippetsSeeTheCompanionsJar(@TempDir Path elsewhere) throws IOException {
        Path all = Files.createFile(elsewhere.resolve("backprop-companion-all.jar"));
        assertEquals(List.of(all), Project.snippetClassPath(all));
    }

    @Test
    void thePlainJarItselfIsItsOwnClassPath(@TempDir Path target) throws IOException {
        Path plain = Files.createFile(target.resolve("backprop-companion.jar"));
        assertEquals(List.of(plain), Project.snippetClassPath(plain));
    }
}
