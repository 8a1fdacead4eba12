namespace Kamaelia.Gen.Generators.Parsing;

/// <summary>The metadata names of the runtime types the generator reads.</summary>
internal static class KnownNames
{
    public const string AxonNamespace = "Axon";
    public const string InboxAttribute = "Axon.InboxAttribute";
    public const string GenericInboxAttribute = "Axon.InboxAttribute`1";
    public const string OutboxAttribute = "Axon.OutboxAttribute";
    public const string GenericOutboxAttribute = "Axon.OutboxAttribute`1";
    public const string HandlesAttribute = "Axon.HandlesAttribute";
    public const string GraphlineAttribute = "Axon.GraphlineAttribute";
    public const string LinkAttribute = "Axon.LinkAttribute";
    public const string Component = "Axon.Component";
    public const string Inbox = "Axon.Inbox`1";
    public const string Outbox = "Axon.Outbox`1";
    public const string Ipc = "Axon.Ipc";
    public const string ShutdownSignal = "Axon.ShutdownSignal";

    /// <summary>The name of the generated static descriptor property.</summary>
    public const string DeclarationProperty = "Declaration";

    /// <summary>The name of the generated static graph descriptor property.</summary>
    public const string GraphProperty = "Graph";

    /// <summary>Names of members the generator writes itself, which a box accessor must not take.</summary>
    public static readonly string[] GeneratedMembers = { DeclarationProperty, GraphProperty, "OnStart", "OnShutdown" };

    /// <summary>The name that stands for the graph itself in a [Link].</summary>
    public static bool IsSelf(string node) => node.Length == 0 || node == "self";
}
