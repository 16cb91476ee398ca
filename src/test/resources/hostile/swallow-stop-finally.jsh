// Hostile: a loop inside finally, where a stop request lands and starts it.
try {
    while (true) { }
} finally {
    while (true) { }
}
