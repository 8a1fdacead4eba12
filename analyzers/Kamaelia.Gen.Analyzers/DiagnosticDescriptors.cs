using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Analyzers;

/// <summary>Every diagnostic Kamaelia.Gen reports: IDs are stable, each has a page under docs/diagnostics.</summary>
public static class DiagnosticDescriptors
{
    private const string HelpRoot = "https://github.com/kamaelia-gen/kamaelia-gen/blob/main/docs/diagnostics/";
    private const string Declarations = "Kamaelia.Declarations";
    private const string Usage = "Kamaelia.Usage";
    private const string Graphs = "Kamaelia.Graphs";
    private const string Cooperation = "Kamaelia.Cooperation";
    private const string Serialization = "Kamaelia.Serialization";

    /// <summary>KAM001: a class that declares boxes or handlers is not partial.</summary>
    public static readonly DiagnosticDescriptor NotPartial = Create(
        "KAM001", "Component declaring boxes must be partial and not file-local",
        "'{0}' declares boxes or handlers but {1}, so the generator cannot complete it ({2})",
        Declarations, DiagnosticSeverity.Error);

    /// <summary>KAM002: a class that declares boxes does not derive from Component.</summary>
    public static readonly DiagnosticDescriptor NotAComponent = Create(
        "KAM002", "Boxes declared on a class that is not a Component",
        "'{0}' declares boxes but does not derive from Axon.Component (derive from Component or ThreadedComponent)",
        Declarations, DiagnosticSeverity.Error);

    /// <summary>KAM003: duplicate box name.</summary>
    public static readonly DiagnosticDescriptor DuplicateBox = Create(
        "KAM003", "Duplicate box name",
        "'{0}' declares the {1} \"{2}\" twice",
        Declarations, DiagnosticSeverity.Error);

    /// <summary>KAM004: a box name that is empty or makes no accessor.</summary>
    public static readonly DiagnosticDescriptor InvalidBoxName = Create(
        "KAM004", "Box name cannot become an accessor",
        "The {0} name \"{1}\" on '{2}' {3}",
        Declarations, DiagnosticSeverity.Error);

    /// <summary>KAM005: the generated accessor collides with a member.</summary>
    public static readonly DiagnosticDescriptor AccessorCollision = Create(
        "KAM005", "Box accessor collides with a member",
        "The {0} \"{1}\" on '{2}' would get the accessor '{3}', which {4} (rename the box or the member)",
        Declarations, DiagnosticSeverity.Error);

    /// <summary>KAM006: a [Handles] method that cannot handle the box.</summary>
    public static readonly DiagnosticDescriptor InvalidHandler = Create(
        "KAM006", "Handler does not fit its inbox",
        "'{0}' cannot handle \"{1}\" on '{2}': {3}",
        Declarations, DiagnosticSeverity.Error);

    /// <summary>KAM007: both Main and handlers.</summary>
    public static readonly DiagnosticDescriptor MainAndHandlers = Create(
        "KAM007", "Component defines both Main and handlers",
        "'{0}' defines {1} and [Handles] methods; the handlers would never run (remove {1}, or handle messages inside it)",
        Declarations, DiagnosticSeverity.Error);

    /// <summary>KAM008: a handler whose return type the generated loop cannot drive (async void among them).</summary>
    public static readonly DiagnosticDescriptor HandlerReturnType = Create(
        "KAM008", "Handler's return type cannot be driven by the loop",
        "'{0}' cannot handle \"{1}\" on '{2}': {3}",
        Declarations, DiagnosticSeverity.Error);

    /// <summary>KAM010: a constant box name the component does not declare.</summary>
    public static readonly DiagnosticDescriptor UnknownBox = Create(
        "KAM010", "Unknown box name",
        "'{0}' has no {1} \"{2}\"{3}",
        Usage, DiagnosticSeverity.Error);

    /// <summary>KAM011: a box used in the wrong direction.</summary>
    public static readonly DiagnosticDescriptor WrongDirection = Create(
        "KAM011", "Box used in the wrong direction",
        "\"{0}\" on '{1}' is an {2}; {3}",
        Usage, DiagnosticSeverity.Error);

    /// <summary>KAM012: a value the typed box cannot take.</summary>
    public static readonly DiagnosticDescriptor WrongMessageType = Create(
        "KAM012", "Message type does not fit the box",
        "A {0} cannot be sent on the {1} \"{2}\" of '{3}', which carries {4}",
        Usage, DiagnosticSeverity.Error);

    /// <summary>KAM020: a link whose types cannot flow.</summary>
    public static readonly DiagnosticDescriptor LinkTypeMismatch = Create(
        "KAM020", "Linked boxes carry incompatible types",
        "\"{0}\" of '{1}' carries {2}, which \"{3}\" of '{4}' ({5}) can never take",
        Graphs, DiagnosticSeverity.Error);

    /// <summary>KAM021: a Graphline linkage names a component that is not in the graph.</summary>
    public static readonly DiagnosticDescriptor UnknownGraphComponent = Create(
        "KAM021", "Linkage names an unknown component",
        "The graph has no component \"{0}\"; its components are {2} (\"self\" is the graph itself){1}",
        Graphs, DiagnosticSeverity.Error);

    /// <summary>KAM022: one box linked to two destinations.</summary>
    public static readonly DiagnosticDescriptor BoxLinkedTwice = Create(
        "KAM022", "Box linked to two destinations",
        "(\"{0}\", \"{1}\") is already linked to (\"{2}\", \"{3}\"); a box has one destination (use Fanout or a Backplane)",
        Graphs, DiagnosticSeverity.Error);

    /// <summary>KAM023: a child's inbox that nothing links to.</summary>
    public static readonly DiagnosticDescriptor UnlinkedInbox = Create(
        "KAM023", "Inbox in a graph is never linked",
        "Nothing in the graph links to the inbox \"{0}\" of \"{1}\" ('{2}'), which it reads",
        Graphs, DiagnosticSeverity.Warning, WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>KAM024: a child's outbox that is never linked.</summary>
    public static readonly DiagnosticDescriptor UnlinkedOutbox = Create(
        "KAM024", "Outbox in a graph is never linked",
        "The outbox \"{0}\" of \"{1}\" ('{2}') is never linked, so what it sends is discarded",
        Graphs, DiagnosticSeverity.Warning, WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>KAM025: a Pipeline stage lacks a standard box.</summary>
    public static readonly DiagnosticDescriptor PipelineStageMissingBox = Create(
        "KAM025", "Pipeline stage lacks a standard box",
        "Pipeline links the standard {0} \"{1}\", which '{2}' does not have",
        Graphs, DiagnosticSeverity.Error);

    /// <summary>KAM026: a cycle of passthrough links.</summary>
    public static readonly DiagnosticDescriptor PassthroughCycle = Create(
        "KAM026", "Cycle of passthrough links",
        "The links {0} form a cycle: messages would never reach an inbox",
        Graphs, DiagnosticSeverity.Error, WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>KAM030: a blocking call in a cooperative component.</summary>
    public static readonly DiagnosticDescriptor BlockingCall = Create(
        "KAM030", "Blocking call in a cooperative component",
        "'{0}' blocks the scheduler thread in '{1}', so every other component stops while it waits (derive from ThreadedComponent to block)",
        Cooperation, DiagnosticSeverity.Warning);

    /// <summary>KAM031: a loop in Main that never yields.</summary>
    public static readonly DiagnosticDescriptor LoopWithoutYield = Create(
        "KAM031", "Loop in Main never yields",
        "This loop in '{0}.Main' can run forever without 'yield return', so no other component would run",
        Cooperation, DiagnosticSeverity.Warning);

    /// <summary>KAM040: a NATS link's element type that the generated serializer cannot read and write.</summary>
    public static readonly DiagnosticDescriptor UnserializableMessageType = Create(
        "KAM040", "Message type cannot cross a process boundary",
        "'{0}' cannot cross a process boundary: {1}",
        Serialization, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, params string[] tags) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpRoot + id + ".md", customTags: tags);
}
