package dev.dateline.cli;

import dev.dateline.Dateline;
import dev.dateline.serve.AllowedHosts;
import dev.dateline.serve.BasePath;
import dev.dateline.serve.Browser;
import dev.dateline.serve.Preview;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site and serves it from memory at the URLs GitHub Pages will use, rebuilding "
                + "whenever the content or the templates change; open pages reload by themselves. Ctrl-C stops it."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    DatelineCommand dateline;

    @Mixin
    ContentOptions options;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
    String bind;

    @Option(names = "--base-path", paramLabel = "PATH",
            description = "The URL path the site is served under, e.g. /g20-timeline/ "
                    + "(default: the path of baseUrl in site.yaml, else /).")
    String basePath;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "Also answer requests that name this host, e.g. a name of this computer on the network "
                    + "(repeatable). Requests naming any other host than the preview's own address, localhost, "
                    + "127.0.0.1 or [::1] are refused, so that web pages elsewhere cannot read the preview.")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--open", description = "Open the site in the desktop's browser.")
    boolean open;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        for (String host : allowHosts) {
            if (!AllowedHosts.isHostName(host)) {
                throw new ParameterException(spec.commandLine(), "--allow-host must be a host name or an IP address "
                        + "without a port, such as my-laptop.local, not `" + host + "`");
            }
        }
        for (Path folder : List.of(options.content, options.templates)) {
            if (!Files.isDirectory(dateline.resolve(folder))) {
                err.println(folder + ": error: the folder does not exist");
                err.println("  hint: run dateline in the folder that holds content/ and templates/, or pass --content and --templates");
                return ExitCodes.CONTENT_ERRORS;
            }
        }
        Path content = dateline.resolve(options.content);
        Path templates = dateline.resolve(options.templates);
        InetAddress address = address();
        BasePath base = basePath == null ? defaultBasePath(content, templates) : BasePath.parse(basePath).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "--base-path must be a URL path such as /repo/, not `" + basePath + "`"));
        if (!address.isLoopbackAddress()) {
            err.println("warning: listening on " + bind + ": other computers on the network can open the preview");
        }
        Preview preview;
        try {
            preview = Preview.start(new Preview.Settings(content, templates,
                    new InetSocketAddress(address, port), base, dateline.resolve(Path.of("")), allowHosts), this::report);
        } catch (BindException e) {
            err.println("error: cannot listen on " + bind + " port " + port + ": " + e.getMessage()
                    + "; choose another with --port, or --port 0 for any free one");
            return ExitCodes.FAILURE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            out.println("preview stopped");
            out.flush();
            stopped.countDown();
        }, "dateline-stop"));
        URI url = preview.url();
        out.println("serving " + url + " (Ctrl-C stops)");
        if (open && !Browser.open(url)) {
            out.println("no desktop browser found here: open " + url + " yourself");
        }
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private void report(Preview.Build build) {
        dateline.diagnosticPrinter().print(build.diagnostics());
        String cause = build.changes().isEmpty() ? "built" : "rebuilt after changes to " + build.changes().stream()
                .map(p -> p.getFileName() == null ? p.toString() : p.getFileName().toString())
                .sorted().collect(Collectors.joining(", "));
        if (build.succeeded()) {
            spec.commandLine().getOut().printf("%s in %d ms; %s%n", cause, build.took().toMillis(), build.diagnostics().summary());
            spec.commandLine().getOut().flush();
        } else {
            spec.commandLine().getErr().println("build failed: " + build.diagnostics().summary()
                    + "; the preview shows the last good build");
            spec.commandLine().getErr().flush();
        }
    }

    private InetAddress address() {
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new ParameterException(spec.commandLine(), "--bind must be an address of this computer, not `" + bind + "`");
        }
    }

    private static BasePath defaultBasePath(Path content, Path templates) {
        return BasePath.of(new Dateline(templates).check(content).site().flatMap(site -> site.config().baseUrl()));
    }
}
