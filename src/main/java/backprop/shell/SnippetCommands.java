package backprop.shell;

/** jshell's own commands over the student's snippets: {@code /vars}, {@code /list}, {@code /reset}, {@code /exit}. */
final class SnippetCommands {
    private final ShellContext shell;

    SnippetCommands(ShellContext shell) {
        this.shell = shell;
    }

    void vars(String args) {
        shell.session().vars().forEach(shell.out()::println);
    }

    void list(String args) {
        shell.session().list().forEach(shell.out()::println);
    }

    void reset(String args) {
        shell.session().restart();
        shell.out().println("|  Resetting state.");
    }

    void exit(String args) {
        shell.exit(0);
    }
}
