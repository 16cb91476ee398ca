package backprop.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import backprop.Columns;
import backprop.draw.Diagram;

/** The chapters' Mermaid flowcharts as the project's own box drawings. */
class MermaidTest {

    @Test
    void nodesLabelsAndArrowsBecomeADiagram() {
        Mermaid m = Mermaid.parse("""
                flowchart LR
                    x["x = 2"] -->|"∂ 10"| add["+ 덧셈노드"]
                    y["y<br/>= 3"] --> add --> z
                    classDef input fill:#dbeafe
                    class x,y input
                """);
        assertEquals(List.of(), m.problems());
        Diagram d = m.diagrams().get(0);
        assertEquals(List.of("x", "add", "y", "z"), d.nodes().stream().map(Diagram.Node::id).toList());
        assertEquals(new Diagram.Node("x", Diagram.Kind.INPUT, "", List.of("x = 2"), ""), d.nodes().get(0));
        assertEquals(new Diagram.Node("add", Diagram.Kind.OPERATION, "+", List.of("덧셈노드"), ""), d.nodes().get(1));
        assertEquals(List.of("y", "= 3"), d.nodes().get(2).lines());
        assertEquals(List.of(new Diagram.Edge("x", "add", "∂ 10"), new Diagram.Edge("y", "add", ""),
                new Diagram.Edge("add", "z", "")), d.edges());
        assertFalse(d.backward());
    }

    @Test
    void aRightToLeftChartPointsItsArrowsBack() {
        Diagram d = Mermaid.parse("flowchart RL\n    E --> o1\n    o1 -->|\"w5\"| h1\n").diagrams().get(0);
        assertTrue(d.backward());
        assertEquals(List.of(new Diagram.Edge("o1", "E", ""), new Diagram.Edge("h1", "o1", "w5")), d.edges());
        assertTrue(d.render().contains("◄"), d.render());
    }

    @Test
    void aLoopIsANoteAndSeparatePartsAreSeparateDrawings() {
        Mermaid loop = Mermaid.parse("""
                flowchart LR
                    shuffle["섞는다"] --> step["갱신"]
                    step -->|"다음 epoch"| shuffle
                """);
        assertEquals(List.of("↺ 갱신 → 섞는다 (다음 epoch)"), loop.diagrams().get(0).notes());
        assertEquals(1, loop.diagrams().get(0).edges().size());
        Mermaid two = Mermaid.parse("""
                flowchart LR
                    subgraph A["전통적인 프로그래밍"]
                        R --> P
                    end
                    subgraph B["머신러닝"]
                        D --> Q
                    end
                """);
        assertEquals(List.of("전통적인 프로그래밍", "머신러닝"), two.diagrams().stream().map(Diagram::title).toList());
    }

    @Test
    void aLongArrowLabelMovesToANoteWhenThePageIsNarrow() {
        Mermaid m = Mermaid.parse("flowchart LR\n    a -->|\"a rather long label on this arrow\"| b -->|\"and another long one here\"| c\n");
        String wide = m.text(120);
        assertTrue(wide.contains("a rather long label on this arrow─►"), wide);
        String narrow = m.text(40);
        assertTrue(narrow.contains("① a rather long label on this arrow"), narrow);
        assertTrue(narrow.lines().allMatch(l -> Columns.of(l) <= 40), narrow);
    }

    @Test
    void whatIsNotAFlowchartIsAProblem() {
        assertEquals(List.of("not a flowchart: sequenceDiagram"), Mermaid.parse("sequenceDiagram\n  A->>B: hi\n").problems());
        assertEquals(List.of("cannot read: ??? --> b"), Mermaid.parse("flowchart LR\n  a --> ??? --> b\n").problems());
        assertEquals(List.of(), Mermaid.parse("flowchart LR\n  a --> ??? --> b\n").diagrams());
    }

    static List<Path> chapters() {
        return MathSource.chapters();
    }

    @ParameterizedTest
    @MethodSource("chapters")
    void everyDiagramOfTheChapterIsDrawnWithinThePage(Path chapter) {
        List<String> sources = new ArrayList<>();
        Markdown.parse(MathSource.read(chapter)).accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock code) {
                if (code.getInfo().strip().equals("mermaid")) {
                    sources.add(code.getLiteral());
                }
            }
        });
        for (String source : sources) {
            Mermaid m = Mermaid.parse(source);
            assertEquals(List.of(), m.problems(), source);
            for (int width : new int[] {80, 60}) {
                String text = m.text(width);
                for (String line : text.lines().toList()) {
                    assertTrue(Columns.of(line) <= width, width + " columns: " + line);
                }
                for (Diagram d : m.diagrams()) {
                    for (Diagram.Node n : d.nodes()) {
                        assertTrue(text.contains(n.lines().get(0).split(" ")[0]), n + " is drawn in\n" + text);
                    }
                }
            }
        }
    }
}
