namespace Kamaelia.Http.View;

/// <summary>One component as a <see cref="SystemSnapshot"/> saw it.</summary>
/// <param name="Id">The component's <see cref="Axon.Component.Id"/>, unique in the process: the key a view follows it by.</param>
/// <param name="Name">The component's <see cref="Axon.Component.Name"/>.</param>
/// <param name="Type">The component's type as C# spells it, without namespace (<c>Filter&lt;string&gt;</c>).</param>
/// <param name="ParentId">The id of the component that holds it as a child (a Pipeline's stage, a Graphline's node), or null.</param>
/// <param name="Paused">True while it sleeps, waiting for a message or a wake.</param>
/// <param name="Inboxes">Its inboxes, in declaration order.</param>
/// <param name="Outboxes">Its outboxes, in declaration order.</param>
public sealed record ComponentSnapshot(int Id, string Name, string Type, int? ParentId, bool Paused, IReadOnlyList<BoxSnapshot> Inboxes, IReadOnlyList<BoxSnapshot> Outboxes);
