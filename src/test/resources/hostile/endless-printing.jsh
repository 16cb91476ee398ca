// Hostile: printing without end, and swallowing whatever stops it.
while (true) {
    try {
        while (true) { System.out.println("spam spam spam spam spam spam spam spam"); }
    } catch (Throwable t) { }
}
