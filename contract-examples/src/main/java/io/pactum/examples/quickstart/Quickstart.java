package io.pactum.examples.quickstart;

/** The quickstart: run with the README's main command. */
public final class Quickstart {

    private Quickstart() {
    }

    /**
     * Runs the quickstart.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("Pactum quickstart");
    }
}
