// Hostile: take all the memory there is.
java.util.List<long[]> hog = new java.util.ArrayList<>();
while (true) { hog.add(new long[10_000_000]); }
