package org.karabakhkg.validate;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.karabakhkg.vocab.Vocab;

/** Runs the SHACL shapes of {@code ontology/shapes.ttl} over the union graph; violations come back as findings. */
public final class ShapeCheck {
    private ShapeCheck() {}

    public static List<Finding> check(Graph shapes, Graph data) {
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapes), data);
        PrefixMapping pm = PrefixMapping.Factory.create();
        Vocab.prefixes().forEach(pm::setNsPrefix);
        List<Finding> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            if (e.severity() != Severity.Violation)
                continue;
            String path = e.resultPath() == null ? "" : " " + e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(pm));
            out.add(new Finding("shacl", FmtUtils.stringForNode(e.focusNode(), pm) + path, e.message()));
        }
        out.sort((a, b) -> a.toString().compareTo(b.toString()));
        return out;
    }
}
