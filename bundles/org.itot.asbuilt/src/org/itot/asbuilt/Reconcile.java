package org.itot.asbuilt;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.itot.asbuilt.config.ConfigFormat;
import org.itot.asbuilt.config.ConfigReadException;
import org.itot.asbuilt.config.ConfigReader;
import org.itot.asbuilt.config.ConfigReconciliation;
import org.itot.asbuilt.config.DeviceConfig;
import org.itot.asbuilt.traffic.ReadSummary;
import org.itot.asbuilt.traffic.Sessions;
import org.itot.asbuilt.traffic.TrafficReadException;
import org.itot.asbuilt.traffic.TrafficReader;
import org.itot.model.ArchitectureModel;
import org.itot.model.Asset;
import org.itot.validation.engine.FindingSummary;
import org.itot.validation.engine.ModelValidator;
import org.itot.validation.engine.RuleDiagnostic;
import org.itot.validation.report.ValidationReport;
import org.itot.validation.rules.RuleDefinition;
import org.itot.validation.rules.Severity;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * One reconciliation of a model with what the plant shows: the traffic files read into sessions and the devices'
 * configurations, compared with the model, and the findings as a {@link ValidationReport}, so every report format of {@code itot validate} serves.
 * Reads only: the model changes only through {@link Adoption}.
 */
public final class Reconcile {

    private static final List<String> RULES = List.of(AsBuiltRules.UNDOCUMENTED_SESSION, AsBuiltRules.UNKNOWN_HOST,
            AsBuiltRules.FLOW_NEVER_SEEN, AsBuiltRules.DEVICE_PERMITS_DENIED, AsBuiltRules.RULE_MISSING_ON_DEVICE,
            AsBuiltRules.DEVICE_RULE_NEVER_MATCHES, AsBuiltRules.DEVICE_ADDRESS_DISAGREES);

    /** What a reconciliation read and found. */
    public record Result(List<ReadSummary> inputs, List<DeviceInput> configs, Sessions sessions,
            TrafficReconciliation traffic, List<RuleDiagnostic> findings, List<String> notes) {
    }

    /** A device's configuration file, read. */
    public record DeviceInput(Asset device, DeviceConfig config) {
    }

    /**
     * The asset a {@code --config DEVICE=FILE} names: by id, else by name (ignoring case).
     *
     * @throws IllegalArgumentException naming the enforcement devices of the model when none matches
     */
    public static Asset device(ArchitectureModel model, String wanted) {
        for (Asset asset : model.getAllAssets()) {
            if (wanted.equals(asset.getId())) {
                return asset;
            }
        }
        for (Asset asset : model.getAllAssets()) {
            if (asset.getName() != null && asset.getName().equalsIgnoreCase(wanted)) {
                return asset;
            }
        }
        List<String> devices = model.getAllAssets().stream().filter(Asset::isEnforcementDevice).map(Asset::getId)
                .limit(20).toList();
        throw new IllegalArgumentException("'" + ModelText.clip(wanted) + "' is no asset of the model; the device "
                + "of a configuration must be one (enforcement devices: " + String.join(", ", devices) + ")");
    }

    /** A device's configuration file and the format to read it in (null: recognise it). */
    public record ConfigFile(Asset device, Path file, ConfigFormat format) {
    }

    /**
     * Reads the traffic files and the device configurations and compares them with the model; nothing is changed.
     *
     * @param configs each device and its configuration file
     * @param forced the configuration format to read, null to recognise it
     * @param strict an unreadable line is fatal
     */
    public static Result run(ArchitectureModel model, List<Path> trafficFiles, Map<Asset, Path> configs,
            ConfigFormat forced, boolean strict, IProgressMonitor monitor)
            throws IOException, TrafficReadException, ConfigReadException {
        List<ConfigFile> files = new ArrayList<>();
        configs.forEach((device, file) -> files.add(new ConfigFile(device, file, forced)));
        return run(model, trafficFiles, files, strict, monitor);
    }

    /**
     * As {@link #run(ArchitectureModel, List, Map, ConfigFormat, boolean, IProgressMonitor)}, each configuration in its
     * own format (the desktop's wizard lets the user choose one per file).
     *
     * @throws OperationCanceledException the monitor was cancelled
     */
    public static Result run(ArchitectureModel model, List<Path> trafficFiles, List<ConfigFile> configs,
            boolean strict, IProgressMonitor monitor) throws IOException, TrafficReadException, ConfigReadException {
        SubMonitor progress = SubMonitor.convert(monitor, "Reconciling", trafficFiles.size() + configs.size() + 1);
        List<DeviceInput> devices = new ArrayList<>();
        for (ConfigFile config : configs) {
            progress.subTask("Reading " + config.file().getFileName());
            devices.add(new DeviceInput(config.device(), ConfigReader.read(config.file(), config.format())));
            progress.worked(1);
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
        }
        Result traffic = traffic(model, trafficFiles, strict, progress.split(trafficFiles.size()));
        Result result = withConfigurations(model, traffic, devices);
        progress.done();
        return result;
    }

    /**
     * What was read, compared again with the model as it is now (after an edit, an adoption or a waiver), without
     * reading the files again; devices no longer in the model are left out.
     */
    public static Result recompare(ArchitectureModel model, Result read) {
        TrafficReconciliation traffic = new TrafficReconciliation(model, read.sessions());
        List<RuleDiagnostic> findings = read.inputs().isEmpty() ? List.of()
                : traffic.findings(ModelValidator.Settings.of(model), new DesignCheck(model));
        List<DeviceInput> devices = read.configs().stream()
                .filter(device -> EcoreUtil.getRootContainer(device.device()) == model).toList();
        return withConfigurations(model,
                new Result(read.inputs(), List.of(), read.sessions(), traffic, findings, List.of()), devices);
    }

    /** The traffic's result with the devices' configurations compared too. */
    private static Result withConfigurations(ArchitectureModel model, Result traffic, List<DeviceInput> devices) {
        List<RuleDiagnostic> findings = new ArrayList<>(traffic.findings());
        List<String> notes = new ArrayList<>();
        if (traffic.traffic().notListed() > 0) {
            notes.add(traffic.traffic().notListed() + " undocumented sessions and unknown hosts beyond "
                    + TrafficReconciliation.MAX_FINDINGS_PER_RULE + " per rule are counted, not listed");
        }
        AddressBook addresses = traffic.traffic().addressBook();
        ModelValidator.Settings settings = ModelValidator.Settings.of(model);
        for (DeviceInput device : devices) {
            ConfigReconciliation comparison = new ConfigReconciliation(device.device(), device.config(), addresses);
            findings.addAll(comparison.findings(settings));
            notes.addAll(comparison.notes());
        }
        return new Result(traffic.inputs(), devices, traffic.sessions(), traffic.traffic(), findings, notes);
    }

    private Reconcile() {
    }

    /**
     * Reads the traffic files and compares them with the model.
     *
     * @param strict an unreadable line is fatal
     * @throws TrafficReadException a file is not a traffic format, or (strict) has an unreadable line
     */
    public static Result traffic(ArchitectureModel model, List<Path> files, boolean strict, IProgressMonitor monitor)
            throws IOException, TrafficReadException {
        SubMonitor progress = SubMonitor.convert(monitor, "Reconciling", files.size() + 1);
        Sessions sessions = new Sessions();
        TrafficReader reader = new TrafficReader(strict);
        List<ReadSummary> inputs = new ArrayList<>();
        for (Path file : files) {
            inputs.add(reader.read(file, sessions, progress.split(1)));
        }
        TrafficReconciliation traffic = new TrafficReconciliation(model, sessions);
        List<RuleDiagnostic> findings = files.isEmpty() ? List.of()
                : traffic.findings(ModelValidator.Settings.of(model), new DesignCheck(model));
        progress.done();
        return new Result(inputs, List.of(), sessions, traffic, findings, List.of());
    }

    /** The findings as a report with the as-built rules as the rules that ran. */
    public static ValidationReport report(String modelFile, ArchitectureModel model, List<RuleDiagnostic> findings,
            String toolVersion) {
        BasicDiagnostic all = new BasicDiagnostic();
        findings.forEach(all::add);
        List<RuleDefinition> rules = new ArrayList<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (String id : RULES) {
            rules.add(AsBuiltRules.definition(id));
            severities.put(id, switch (id) {
            case AsBuiltRules.UNDOCUMENTED_SESSION, AsBuiltRules.DEVICE_PERMITS_DENIED -> Severity.ERROR;
            case AsBuiltRules.FLOW_NEVER_SEEN -> Severity.INFO;
            default -> Severity.WARNING;
            });
        }
        return new ValidationReport(modelFile, rules, severities, FindingSummary.disabledRules(model), all, List.of(),
                toolVersion);
    }

    /** The JSON report with what each input gave ({@code inputs}: format, lines, records, unreadable lines). */
    public static String json(ValidationReport report, Result result) {
        JsonObject root = JsonParser.parseString(report.toJson()).getAsJsonObject();
        JsonArray inputs = new JsonArray();
        for (ReadSummary summary : result.inputs()) {
            JsonObject input = new JsonObject();
            input.addProperty("file", summary.file());
            input.addProperty("format", summary.format().label());
            input.addProperty(summary.format().isCapture() ? "packets" : "lines", summary.lines());
            input.addProperty("records", summary.records());
            input.addProperty("unreadable", summary.unreadable());
            JsonArray samples = new JsonArray();
            summary.unreadableSamples().forEach(samples::add);
            input.add("unreadableLines", samples);
            inputs.add(input);
        }
        for (DeviceInput device : result.configs()) {
            JsonObject input = new JsonObject();
            input.addProperty("file", device.config().file());
            input.addProperty("format", device.config().format().label());
            input.addProperty("device", device.device().getId());
            input.addProperty("rules", device.config().rules().size());
            inputs.add(input);
        }
        root.add("inputs", inputs);
        JsonArray notes = new JsonArray();
        result.notes().forEach(notes::add);
        root.add("notCompared", notes);
        JsonObject window = new JsonObject();
        window.addProperty("start", Evidence.time(result.sessions().windowStart()));
        window.addProperty("end", Evidence.time(result.sessions().windowEnd()));
        window.addProperty("sessions", result.sessions().size());
        window.addProperty("sessionsNotKept", result.sessions().dropped());
        root.add("capture", window);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root)
                + "\n";
    }

    /** One line per input for the text report and standard error. */
    public static String describe(ReadSummary summary) {
        boolean capture = summary.format().isCapture();
        String line = summary.file() + ": " + summary.format().label() + ", " + summary.lines()
                + (capture ? " packets, " + summary.records() + " IP packets, " + summary.ignored()
                        + " other frames or later fragments" : " lines, " + summary.records() + " session records");
        String unit = capture ? " packet" : " line";
        if (summary.unreadable() > 0) {
            line += ", " + summary.unreadable() + " unreadable" + unit + (summary.unreadable() == 1 ? "" : "s")
                    + " skipped (" + String.join("; ", summary.unreadableSamples()) + ")";
        }
        return line;
    }
}
