using Axon;

namespace Kamaelia.Chassis;

/// <summary>Asks a <see cref="PlugSplitter"/> (on its "configuration" inbox) to copy its data and/or control to a sink.</summary>
/// <param name="Sink">The component to copy to.</param>
/// <param name="SinkBox">The sink's inbox for data, or null for none.</param>
/// <param name="SinkControl">The sink's inbox for control messages, or null for none.</param>
public sealed record AddSink(Component Sink, string? SinkBox = "inbox", string? SinkControl = null);

/// <summary>Asks a <see cref="PlugSplitter"/> to stop copying to a sink added with the same arguments.</summary>
/// <param name="Sink">The component.</param>
/// <param name="SinkBox">The data inbox it was added with.</param>
/// <param name="SinkControl">The control inbox it was added with.</param>
public sealed record RemoveSink(Component Sink, string? SinkBox = "inbox", string? SinkControl = null);
