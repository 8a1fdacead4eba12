using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Kamaelia.Gen.Generators.Serialization;

/// <summary>
/// Names the generated helpers after the types they serialize ("List&lt;int&gt;" gives Read_List_int), in a
/// fixed order so that the names never depend on source order; two types that would share a name get _2, _3.
/// </summary>
internal sealed class MessageTypeIdentifiers
{
    private readonly Dictionary<string, string> _byTypeName = new(StringComparer.Ordinal);

    public MessageTypeIdentifiers(IEnumerable<MessageTypeModel> typesInOrder)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in typesInOrder)
        {
            var name = Sanitize(type.DisplayName);
            var unique = name;
            for (var i = 2; !taken.Add(unique); i++)
            {
                unique = name + "_" + i;
            }

            _byTypeName[type.TypeName] = unique;
        }
    }

    public string this[string typeName] => _byTypeName[typeName];

    private static string Sanitize(string displayName)
    {
        var text = new StringBuilder(displayName.Length);
        var spelled = displayName.Replace("[]", "_Array").Replace("?", "_Nullable");
        foreach (var c in spelled)
        {
            var keep = c != '_' && SyntaxFacts.IsIdentifierPartCharacter(c) && !char.IsControl(c);
            if (keep)
            {
                text.Append(c);
            }
            else if (text.Length > 0 && text[text.Length - 1] != '_')
            {
                text.Append('_');
            }
        }

        var name = text.ToString().TrimEnd('_');
        return name.Length == 0 ? "Type" : name;
    }
}
