using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Compilation;

/// <summary>
/// Finds the defined functions that lie on a cycle of direct calls (Tarjan's strongly connected
/// components, iterative so deep graphs cannot overflow the compiler's own stack). Only these, and
/// functions calling indirectly or through imports, can recurse without bound and so get a stack
/// check (DESIGN.md decision 5). Also finds the functions whose calls can return with a trap
/// pending, the only calls followed by a check of it (see <see cref="PendingTrapExits"/>).
/// </summary>
internal static class CallGraph
{
    /// <summary>
    /// Returns, per defined function, whether it is on a call cycle. <paramref name="facts"/> is
    /// indexed by defined-function index; callees are function indices including imports.
    /// </summary>
    public static bool[] FindRecursive(IReadOnlyList<FunctionFacts> facts, int importCount)
    {
        int n = facts.Count;
        var index = new int[n];
        var low = new int[n];
        var onStack = new bool[n];
        var result = new bool[n];
        for (int i = 0; i < n; i++)
        {
            index[i] = -1; // not Array.Fill, whose code for int is in no ReadyToRun image
        }

        var stack = new Stack<int>();
        var work = new Stack<(int Node, int Edge)>();
        int counter = 0;

        for (int root = 0; root < n; root++)
        {
            if (index[root] >= 0)
            {
                continue;
            }

            work.Push((root, 0));
            while (work.Count > 0)
            {
                (int node, int edge) = work.Pop();
                if (edge == 0)
                {
                    index[node] = low[node] = counter++;
                    stack.Push(node);
                    onStack[node] = true;
                }

                List<int> callees = facts[node].Callees;
                bool descended = false;
                for (int e = edge; e < callees.Count; e++)
                {
                    int target = callees[e] - importCount;
                    if (target < 0)
                    {
                        continue;
                    }

                    if (target == node)
                    {
                        result[node] = true;
                    }

                    if (index[target] < 0)
                    {
                        work.Push((node, e + 1));
                        work.Push((target, 0));
                        descended = true;
                        break;
                    }

                    if (onStack[target])
                    {
                        low[node] = Math.Min(low[node], index[target]);
                    }
                }

                if (descended)
                {
                    continue;
                }

                if (low[node] == index[node])
                {
                    var component = new List<int>();
                    int member;
                    do
                    {
                        member = stack.Pop();
                        onStack[member] = false;
                        component.Add(member);
                    }
                    while (member != node);

                    if (component.Count > 1)
                    {
                        foreach (int m in component)
                        {
                            result[m] = true;
                        }
                    }
                }

                if (work.Count > 0)
                {
                    // Returning to the caller frame: propagate the low-link.
                    int parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Returns, per defined function, whether a call of it can return with a trap pending (see
    /// <see cref="Vm.StackSegments"/>): those with a stack check (<see cref="FunctionFacts.NeedsStackCheck"/>,
    /// set before), whose continuation can, and every function that calls one of them directly,
    /// transitively. Calls of other functions need no check after them.
    /// </summary>
    public static bool[] FindPendingTrapReturners(IReadOnlyList<FunctionFacts> facts, int importCount) =>
        FindReaching(facts, importCount, f => f.NeedsStackCheck);

    /// <summary>
    /// Returns, per defined function, whether a call of it may grow (and so move) a memory: it
    /// grows one, calls through a table or reference (any function), or calls an import (the host
    /// can grow an exported or imported memory), or calls a function that may, transitively.
    /// After a call of any other function the caller's cached bases and limits still hold.
    /// </summary>
    public static bool[] FindMemoryMovers(IReadOnlyList<FunctionFacts> facts, int importCount) =>
        FindReaching(facts, importCount, f => f.GrowsMemory || f.CallsIndirect || f.CallsImport);

    /// <summary>
    /// Returns every defined function once, in the order a run is likely to call each for the
    /// first time: depth first through direct calls in the order they appear in the code, from
    /// the start function, then from the exported functions in export order, then from every other
    /// function in index order. Startup code (a command's <c>_start</c> calling its constructors,
    /// then <c>main</c>) mostly runs its callees in that order. Used to compile a loaded module's
    /// functions in the background ahead of their first calls
    /// (<see cref="CompiledModule.CompileInBackground"/>).
    /// </summary>
    public static int[] FirstCallOrder(IReadOnlyList<FunctionFacts> facts, ModuleInfo module)
    {
        int importCount = module.ImportedFunctionCount;
        int n = facts.Count;
        var order = new int[n];
        var visited = new bool[n];
        int count = 0;
        var work = new Stack<(int Node, int Edge)>();

        void Visit(int functionIndex)
        {
            int root = functionIndex - importCount;
            if (root < 0 || visited[root])
            {
                return;
            }

            visited[root] = true;
            order[count++] = root;
            work.Push((root, 0));
            while (work.Count > 0)
            {
                (int node, int edge) = work.Pop();
                List<int> callees = facts[node].Callees;
                for (int e = edge; e < callees.Count; e++)
                {
                    int target = callees[e] - importCount;
                    if (target >= 0 && !visited[target])
                    {
                        visited[target] = true;
                        order[count++] = target;
                        work.Push((node, e + 1));
                        work.Push((target, 0));
                        break;
                    }
                }
            }
        }

        if (module.StartFunction is int start)
        {
            Visit(start);
        }

        foreach (ExportInfo export in module.Exports)
        {
            if (export.Kind == ExternKind.Func)
            {
                Visit(export.Index);
            }
        }

        for (int i = 0; i < n; i++)
        {
            Visit(importCount + i);
        }

        return order;
    }

    // Per defined function: whether it satisfies `seed` or calls, directly and transitively, one that does.
    private static bool[] FindReaching(IReadOnlyList<FunctionFacts> facts, int importCount, Func<FunctionFacts, bool> seed)
    {
        int n = facts.Count;
        var callers = new List<int>[n];
        var result = new bool[n];
        var work = new Stack<int>();
        for (int caller = 0; caller < n; caller++)
        {
            foreach (int callee in facts[caller].Callees)
            {
                int target = callee - importCount;
                if (target >= 0)
                {
                    (callers[target] ??= new List<int>()).Add(caller);
                }
            }

            if (seed(facts[caller]))
            {
                result[caller] = true;
                work.Push(caller);
            }
        }

        while (work.Count > 0)
        {
            int callee = work.Pop();
            if (callers[callee] is not List<int> list)
            {
                continue;
            }

            foreach (int caller in list)
            {
                if (!result[caller])
                {
                    result[caller] = true;
                    work.Push(caller);
                }
            }
        }

        return result;
    }
}
