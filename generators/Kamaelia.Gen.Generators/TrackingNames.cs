namespace Kamaelia.Gen.Generators;

/// <summary>The names of the generator's pipeline steps, for incremental-caching tests.</summary>
internal static class TrackingNames
{
    public const string InboxAttributes = nameof(InboxAttributes);
    public const string GenericInboxAttributes = nameof(GenericInboxAttributes);
    public const string OutboxAttributes = nameof(OutboxAttributes);
    public const string GenericOutboxAttributes = nameof(GenericOutboxAttributes);
    public const string Handlers = nameof(Handlers);
    public const string Graphlines = nameof(Graphlines);
    public const string Components = nameof(Components);
    public const string Generated = nameof(Generated);

    public static readonly string[] All =
    {
        InboxAttributes, GenericInboxAttributes, OutboxAttributes, GenericOutboxAttributes, Handlers, Graphlines, Components, Generated,
    };
}
