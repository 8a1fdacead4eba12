using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Kamaelia.Gen.Package.Tests.LanguageServer;

/// <summary>
/// A csharp-ls process opened on one folder, as an editor opens it: initialized with workspace/configuration, whose
/// "csharp" section is answered with the given settings, and with pull or push diagnostics.
/// </summary>
internal sealed class CSharpLanguageServer : IAsyncDisposable
{
    /// <summary>Every answer from the server may wait for the solution to load, which takes a minute on a loaded machine.</summary>
    private static readonly TimeSpan s_answerTimeout = TimeSpan.FromMinutes(3);

    private static readonly TimeSpan s_exitTimeout = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private readonly LspConnection _connection;
    private readonly JsonObject _csharpSettings;
    private readonly DiagnosticDelivery _delivery;
    private readonly ConcurrentQueue<string> _errorOutput = new();
    private readonly ConcurrentQueue<string> _sectionsAskedFor = new();

    private CSharpLanguageServer(string executable, string folder, JsonObject csharpSettings, DiagnosticDelivery delivery)
    {
        _csharpSettings = csharpSettings;
        _delivery = delivery;
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // As for the dotnet CLI runs of these tests: no build node from elsewhere may serve the project load.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        _process = Process.Start(start)!;
        _process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                _errorOutput.Enqueue(line.Data);
            }
        };
        _process.BeginErrorReadLine();
        _connection = new LspConnection(_process.StandardInput.BaseStream, _process.StandardOutput.BaseStream, AnswerServerRequest);
    }

    /// <summary>The configuration sections the server has asked the client for, in order.</summary>
    public IReadOnlyList<string> SectionsAskedFor => [.. _sectionsAskedFor];

    /// <summary>What the server has written to stderr and logged through window/logMessage, for failure messages.</summary>
    public string Log =>
        string.Join('\n', _errorOutput.Concat(_connection.Notifications
            .Where(n => n.Method == "window/logMessage")
            .Select(n => (string?)n.Parameters?["message"] ?? string.Empty)));

    /// <summary>Starts the server on a folder and completes the initialize handshake.</summary>
    public static async Task<CSharpLanguageServer> StartAsync(
        string executable, string folder, JsonObject csharpSettings, DiagnosticDelivery delivery)
    {
        var server = new CSharpLanguageServer(executable, folder, csharpSettings, delivery);
        try
        {
            await server.InitializeAsync(folder);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public Task OpenAsync(string path) =>
        _connection.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject
            {
                ["uri"] = UriOf(path),
                ["languageId"] = "csharp",
                ["version"] = 1,
                ["text"] = File.ReadAllText(path),
            },
        });

    /// <summary>
    /// The diagnostics of one document as the client has them now: asked for by textDocument/diagnostic, or the last
    /// textDocument/publishDiagnostics for it (none before the first).
    /// </summary>
    public Task<IReadOnlyList<SourceDiagnostic>> DiagnosticsAsync(string path) =>
        _delivery == DiagnosticDelivery.Pull ? PullDiagnosticsAsync(path) : Task.FromResult(LastPublishedDiagnostics(path));

    /// <summary>Asks the server to shut down and exit, as an editor does when it closes; kills it when it does not.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await _connection.RequestAsync("shutdown", null, s_exitTimeout);
                await _connection.NotifyAsync("exit", null);
                await _process.WaitForExitAsync().WaitAsync(s_exitTimeout);
            }
        }
        catch (Exception exception) when (exception is TimeoutException or IOException or InvalidOperationException)
        {
            // A server that will not stop politely is stopped below.
        }
        finally
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _connection.DisposeAsync();
            _process.Dispose();
        }
    }

    private static string UriOf(string path) => new Uri(path).AbsoluteUri;

    private async Task<IReadOnlyList<SourceDiagnostic>> PullDiagnosticsAsync(string path)
    {
        var report = await _connection.RequestAsync("textDocument/diagnostic", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = UriOf(path) },
        }, s_answerTimeout);
        return report?["items"] is JsonArray items ? [.. items.Select(item => SourceDiagnostic.FromLsp(item!))] : [];
    }

    private IReadOnlyList<SourceDiagnostic> LastPublishedDiagnostics(string path)
    {
        var published = _connection.Notifications.LastOrDefault(n =>
            n.Method == "textDocument/publishDiagnostics" && (string?)n.Parameters?["uri"] == UriOf(path));
        return published?.Parameters?["diagnostics"] is JsonArray items ? [.. items.Select(item => SourceDiagnostic.FromLsp(item!))] : [];
    }

    private async Task InitializeAsync(string folder)
    {
        await _connection.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = UriOf(folder),
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = UriOf(folder), ["name"] = Path.GetFileName(folder) }),
            ["capabilities"] = new JsonObject
            {
                // Without "configuration" the server never asks for the csharp section, so analyzers stay off.
                ["workspace"] = new JsonObject
                {
                    ["configuration"] = true,
                    ["didChangeConfiguration"] = new JsonObject { ["dynamicRegistration"] = false },
                },

                ["textDocument"] = TextDocumentCapabilities(),
            },
        }, s_answerTimeout);
        await _connection.NotifyAsync("initialized", new JsonObject());
    }

    /// <summary>csharp-ls pushes diagnostics only to a client that does not declare pull diagnostics.</summary>
    private JsonObject TextDocumentCapabilities()
    {
        var capabilities = new JsonObject { ["publishDiagnostics"] = new JsonObject() };
        if (_delivery == DiagnosticDelivery.Pull)
        {
            capabilities["diagnostic"] = new JsonObject { ["dynamicRegistration"] = false };
        }

        return capabilities;
    }

    private JsonNode? AnswerServerRequest(string method, JsonNode? parameters)
    {
        switch (method)
        {
            case "workspace/configuration":
                // One answer per item asked for, in order; only the csharp section has settings.
                var items = parameters?["items"] as JsonArray ?? [];
                return new JsonArray([.. items.Select(item =>
                {
                    var section = (string?)item?["section"] ?? string.Empty;
                    _sectionsAskedFor.Enqueue(section);
                    return section == "csharp" ? _csharpSettings.DeepClone() : null;
                })]);
            case "client/registerCapability" or "client/unregisterCapability" or "window/workDoneProgress/create":
                return null;
            default:
                throw new NotSupportedException(method);
        }
    }
}
