// The cross-process tests measure how much of a limit child processes use; run the classes one after another so
// that they do not compete for the two cores with each other.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
