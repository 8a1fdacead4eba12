namespace Kamaelia.Gen.Package.Tests.LanguageServer;

/// <summary>How the server hands diagnostics to the client; which one it uses depends on the client's capabilities.</summary>
public enum DiagnosticDelivery
{
    /// <summary>The client declares textDocument.diagnostic and asks with textDocument/diagnostic.</summary>
    Pull,

    /// <summary>The client declares no pull support, and the server sends textDocument/publishDiagnostics.</summary>
    Push,
}
