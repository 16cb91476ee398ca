// Hostile: a loop that swallows the stop request.
while (true) {
    try {
        while (true) { }
    } catch (Throwable t) {
        // start again
    }
}
