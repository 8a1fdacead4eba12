namespace Kamaelia.Gen.Generators.Model;

/// <summary>A method marked [Handles] and the accessor of the inbox it drains.</summary>
internal sealed record HandlerModel(string InboxName, string InboxAccessor, string MethodName);
