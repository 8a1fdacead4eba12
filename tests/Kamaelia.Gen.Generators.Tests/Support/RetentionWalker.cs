using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Generators.Tests.Support;

/// <summary>
/// Walks an object graph through every instance field (arrays and other enumerables included, cycles guarded)
/// and reports each place that holds a compiler object a pipeline model must not keep alive.
/// </summary>
internal static class RetentionWalker
{
    public static IReadOnlyList<string> FindCompilerObjects(object? root, string rootName)
    {
        var found = new List<string>();
        Walk(root, rootName, new HashSet<object>(ReferenceEqualityComparer.Instance), found);
        return found;
    }

    private static void Walk(object? value, string path, HashSet<object> seen, List<string> found)
    {
        if (value is null)
        {
            return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is string or decimal or Type || !seen.Add(value))
        {
            return;
        }

        if (value is ISymbol or SyntaxNode or SyntaxTree or SemanticModel or Location or Compilation
            or SyntaxToken or SyntaxTrivia or SyntaxNodeOrToken)
        {
            found.Add($"{path}: {type.Name}");
            return;
        }

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{index++}]", seen, found);
            }
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Walk(field.GetValue(value), path + "." + field.Name, seen, found);
            }
        }
    }
}
